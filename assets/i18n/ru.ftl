# Собственные слова journeymap по-русски. Каждое сообщение есть в en, fa, ar, tr, ru (это проверяет тест).

## Команды: название (меню, кнопки) и что команда делает (подсказки, справка показа).
command-new-blank = Новая пустая карта
command-new-blank-tip = Начать новую пустую карту
command-open = Открыть…
command-open-tip = Открыть карту или импортировать файл Mermaid, Markdown или CSV
command-save = Сохранить
command-save-tip = Сохранить карту
command-save-as = Сохранить как…
command-save-as-tip = Сохранить карту под новым именем
command-show-export = Экспорт в PNG…
command-show-export-tip = Экспортировать карту как изображение
command-export-mermaid = Экспорт в Mermaid…
command-export-mermaid-tip = Записать точки контакта как путь Mermaid
command-export-markdown = Отчёт в Markdown…
command-export-markdown-tip = Записать отчёт о карте в Markdown
command-quit = Выход
command-quit-tip = Закрыть journeymap
command-undo = Отменить
command-undo-tip = Отменить последнее изменение
command-redo = Повторить
command-redo-tip = Вернуть последнее отменённое изменение
command-copy-mermaid = Копировать как Mermaid
command-copy-mermaid-tip = Поместить карту в буфер обмена как путь Mermaid
command-copy-table = Копировать как таблицу
command-copy-table-tip = Поместить выбранные карточки (или все) в буфер обмена как таблицу, для электронной таблицы
command-connect = Связать с…
command-connect-tip = Связать выбранную карточку с другой: стрелки выбирают её, Enter связывает, Esc отменяет
command-confirm-connection = Создать связь
command-confirm-connection-tip = При связывании: связать с выбранной карточкой
command-toggle-direction = Справа налево
command-toggle-direction-tip = Читать карту справа налево или слева направо
command-delete = Удалить
command-delete-tip = Удалить выбранные карточки, этап или дорожку
command-duplicate = Дублировать
command-duplicate-tip = Дублировать выбранные карточки
command-edit-title = Изменить заголовок на карте
command-edit-title-tip = Набрать заголовок карточки прямо на карте
command-select-up = Выбрать карточку выше
command-select-up-tip = Выбрать ближайшую карточку выше
command-select-down = Выбрать карточку ниже
command-select-down-tip = Выбрать ближайшую карточку ниже
command-select-left = Выбрать карточку слева
command-select-left-tip = Выбрать ближайшую карточку слева
command-select-right = Выбрать карточку справа
command-select-right-tip = Выбрать ближайшую карточку справа
command-clear-selection = Снять выделение
command-clear-selection-tip = Ничего не выбирать
command-fit-map = Вся карта
command-fit-map-tip = Показать всю карту
command-zoom-in = Увеличить
command-zoom-in-tip = Увеличить на шаг
command-zoom-out = Уменьшить
command-zoom-out-tip = Уменьшить на шаг
command-present = Показ
command-present-tip = Показать карту на весь экран, этап за этапом; F5 ещё раз — выход
command-next-stage = Следующий этап
command-next-stage-tip = Следующий этап (на карте справа налево следующий — Left; Page Down и Space всегда вперёд)
command-previous-stage = Предыдущий этап
command-previous-stage-tip = Предыдущий этап
command-first-stage = Первый этап
command-first-stage-tip = Первый этап
command-last-stage = Последний этап
command-last-stage-tip = Последний этап
command-scroll-up = Прокрутить вверх
command-scroll-up-tip = Прокрутить этап вверх
command-scroll-down = Прокрутить вниз
command-scroll-down-tip = Прокрутить этап вниз
command-toggle-overview = Обзор
command-toggle-overview-tip = Обзор всей карты и обратно
command-focus-next-persona = Одна персона
command-focus-next-persona-tip = Кривая одной персоны за раз, затем снова все
command-capture-idea = Записать идею
command-capture-idea-tip = Записать идею на этом этапе
command-capture-next-lane = Следующая дорожка
command-capture-next-lane-tip = При записи: следующая дорожка (сначала мысли, болевые точки, возможности)
command-capture-previous-lane = Предыдущая дорожка
command-capture-previous-lane-tip = При записи: предыдущая дорожка
command-capture-add = Добавить идею
command-capture-add-tip = При записи: добавить карточку
command-capture-cancel = Отменить идею
command-capture-cancel-tip = При записи: отмена
command-toggle-voting = Голосование
command-toggle-voting-tip = Голосование: щелчок по карточке даёт ей голос, Shift+щелчок забирает его
command-sort-by-votes = Сортировать по голосам
command-sort-by-votes-tip = Сортировать болевые точки и возможности этого этапа по голосам
command-toggle-timer = Таймер
command-toggle-timer-tip = Запустить / остановить таймер
command-toggle-help = Справка по клавишам
command-toggle-help-tip = Эта справка
command-back = Назад
command-back-tip = Закрыть справку, закончить голосование или выйти из показа
command-toggle-direction-rtl = Слева направо

## Меню, панель инструментов и строка состояния
menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-new-from-template = Новая по шаблону
menu-language = Язык:
menu-open-recent = Недавние
menu-light-map = Светлая карта
menu-dark-map = Тёмная карта
menu-fit = Вся карта
menu-title = Название:
menu-title-hint = Название карты
menu-title-tip = Переименовать карту; Enter — применить
menu-not-saved = ещё не сохранена
menu-unsaved = несохранённые изменения
menu-drop-hint = Перетащите файл .journey.ron, чтобы открыть его
menu-drop-pictures-hint = Перетащите изображения на выбранную карточку или персону или как новые карточки раскадровки

## Диалоги
dialog-save-changes = Сохранить изменения?
dialog-save = Сохранить
dialog-dont-save = Не сохранять
dialog-cancel = Отмена
dialog-disk-heading = Файл изменился на диске
dialog-overwrite = Перезаписать этой версией
dialog-reload = Перечитать
dialog-reload-losing = Перечитать (изменения здесь пропадут)
dialog-keep = Оставить эту версию
dialog-ok = ОК
dialog-export-heading = Экспорт в PNG
dialog-scale = Масштаб:
dialog-theme = Тема:
dialog-light = Светлая
dialog-dark = Тёмная
dialog-export = Экспорт…
dialog-restore-heading = Восстановить несохранённую работу?
dialog-restore = Восстановить
dialog-discard = Отбросить
dialog-discard-tip = Удалить резервную копию
dialog-untitled = карта без названия

## Файлы
files-open-title = Открыть карту пути клиента
files-all-kinds = Карты и файлы для импорта
files-map = Карта пути клиента
files-mermaid = Путь Mermaid
files-csv = Карточки CSV
files-markdown = Отчёт Markdown
files-png = Изображение PNG
files-save-title = Сохранить карту пути клиента
files-export-png-title = Экспортировать карту в PNG
files-warnings = Импортировано с предупреждениями
files-copied-mermaid = Карта скопирована как путь Mermaid
files-copied-table = Скопировано как таблица: { $count-shown } { $count ->
        [one] карточка
        [few] карточки
       *[many] карточек
    }
files-still-open = Карта по-прежнему открыта и не сохранена; попробуйте «Сохранить как».
files-kept = Открытая карта осталась без изменений.

## Режим показа
present-back-to-stage = O: назад к этапу
present-voting = Голосование: щелчок по карточке (+1), Shift+щелчок (−1). Esc или V — конец
present-keys-hint = ? клавиши · Esc выход
present-idea-field = Новая идея
present-idea-hint = Наберите и нажмите Enter
present-help-heading = Клавиши показа
present-help-close = Esc или ? — закрыть

## Элементы карты, как их называют программы чтения с экрана
canvas-untitled-card = Карточка без названия

## Правка
edit-title-needed = У карточки должен быть заголовок; оставлен прежний.

## Заголовок, набираемый на карте
in-place-field = Заголовок карточки на карте
in-place-hint = Заголовок карточки

## Инспектор, персоны, палитра
inspector-card = Карточка
inspector-title = Заголовок
inspector-body = Текст
inspector-stage = Этап
inspector-lane = Дорожка
inspector-channel = Канал
inspector-severity = Серьёзность
inspector-tags = Метки (через запятую)
inspector-own-colour = Свой цвет
inspector-feelings = Что чувствует здесь каждая персона
inspector-several-cards = Перетащите их вместе в другую ячейку или:
inspector-lane-name = Название дорожки
inspector-kind = Вид
inspector-hidden = Скрыта
inspector-move-up = Выше
inspector-move-down = Ниже
inspector-delete-lane = Удалить дорожку
inspector-map = Карта
inspector-map-hint = Щёлкните карточку, заголовок этапа или название дорожки, чтобы изменить их.
inspector-description = Описание
inspector-state = Состояние
inspector-current = Текущее (как есть)
inspector-future = Будущее (как будет)
inspector-direction = Направление
inspector-left-to-right = Слева направо
inspector-right-to-left = Справа налево
inspector-language = Язык
inspector-lanes = Дорожки (снимите флажок, чтобы скрыть; карточки скрытых дорожек сохраняются)
inspector-add-stage = Добавить этап
inspector-tips = Советы: двойной щелчок по пустой ячейке добавляет карточку; перетаскивайте элементы палитры в ячейки; перетаскивайте карточки между ячейками; протяните по пустому месту, чтобы выбрать несколько; средняя кнопка или Space с перетаскиванием сдвигают карту.
inspector-add-lane = Добавить дорожку
inspector-blueprint-lines = Линии сервисного блупринта
inspector-line-interaction = Линия взаимодействия
inspector-line-visibility = Линия видимости
inspector-line-internal = Линия внутреннего взаимодействия
inspector-line-none = Нет
inspector-line-below = Под «{ $lane }»
inspector-stage-name = Название этапа
inspector-goal = Цель
inspector-questions = Вопросы клиента (по одному в строке)
inspector-kpis = Показатели
inspector-kpi-name = Название
inspector-kpi-value = Значение
inspector-kpi-target = Цель
inspector-kpi-unit = Единица
inspector-remove-kpi = Удалить этот показатель
inspector-add-kpi = Добавить показатель
inspector-insert-before = Вставить этап перед
inspector-insert-after = Вставить этап после
inspector-move-earlier = Раньше
inspector-move-later = Позже
inspector-delete-stage = Удалить этап
personas-heading = Персоны
personas-show-curve = Показать кривую этой персоны
personas-active = Перетаскивание кривой меняет оценки этой персоны
personas-edit = Изменить эту персону
personas-add = Добавить персону
personas-name = Имя
personas-role = Роль
personas-colour = Цвет
personas-delete = Удалить персону
personas-delete-tip = Удаляет персону и её оценки (можно отменить)
palette-heading = Перетащите на карту:
palette-tip = Перетащите в ячейку карты
app-error = Что-то пошло не так

## Сообщения с подстановками. Число `$n` выбирает форму множественного числа; `$n-shown` — то же
## число цифрами языка.
menu-ui-language = Язык
menu-counts = { $stages-shown } { $stages ->
        [one] этап
        [few] этапа
       *[many] этапов
    } · { $lanes-shown } { $lanes ->
        [one] дорожка
        [few] дорожки
       *[many] дорожек
    } · { $cards-shown } { $cards ->
        [one] карточка
        [few] карточки
       *[many] карточек
    } · { $personas-shown } { $personas ->
        [one] персона
        [few] персоны
       *[many] персон
    }
menu-zoom = масштаб { $percent-shown }%
dialog-unsaved-closing = В «{ $name }» есть несохранённые изменения. Сохранить их перед закрытием?
dialog-unsaved-opening = В «{ $name }» есть несохранённые изменения. Сохранить их, прежде чем открыть другую карту?
dialog-changed-on-disk = «{ $name }» изменён другой программой (или удалён) с тех пор, как вы открыли или сохранили его здесь.
dialog-restore-text = journeymap закрылся некорректно. Несохранённые изменения в «{ $name }» скопированы { $ago }.
dialog-ago-unknown = в неизвестное время
dialog-ago-seconds = меньше минуты назад
dialog-ago-minutes = { $n-shown } { $n ->
        [one] минуту
        [few] минуты
       *[many] минут
    } назад
dialog-ago-hours = { $n-shown } { $n ->
        [one] час
        [few] часа
       *[many] часов
    } назад
dialog-ago-days = { $n-shown } { $n ->
        [one] день
        [few] дня
       *[many] дней
    } назад
dialog-restored = Несохранённые изменения в «{ $name }» восстановлены; сохраните, чтобы не потерять их.
dialog-damaged-copy = Резервная копия повреждена и не открыта: { $error }
    Она оставлена в { $file }, если вы захотите её посмотреть.
app-no-template = Шаблона «{ $name }» нет.
files-imported = Импортировано: { $cards-shown } { $cards ->
        [one] карточка
        [few] карточки
       *[many] карточек
    } из { $file }; сохраните, чтобы оставить их картой
files-export-title = Экспорт: { $kind }
files-cannot-write = { $file }: не удаётся записать: { $error }
present-counter = Этап { $stage-shown } из { $of-shown }
present-persona = Персона: { $name }
present-fork = Развилка { $n-shown } из { $count-shown }: { $card }
present-share = { $share-shown } %
present-exits = Где клиенты уходят
command-next-fork = Следующая развилка
command-next-fork-tip = Выделять развилки этапа по одной: точку решения, её ветви и их доли
present-idea = Новая идея · { $stage } · { $lane }   (Tab: следующая дорожка)
canvas-stage = Этап { $number-shown }: { $name }
canvas-lane = Дорожка: { $name }
canvas-point = { $persona } у «{ $card }»
inspector-cards = { $count-shown } { $count ->
        [one] карточка
        [few] карточки
       *[many] карточек
    }
inspector-score = Оценка: { $name }
inspector-none = нет
inspector-severity-low = низкая
inspector-severity-medium = средняя
inspector-severity-high = высокая
personas-goals = Цели (по одной в строке)
personas-needs = Потребности (по одной в строке)
personas-motivations = Мотивы (по одному в строке)
personas-fears = Страхи (по одному в строке)
palette-touchpoint = Точка контакта: { $channel }
palette-touchpoint-plain = Точка контакта
palette-action = Действие
palette-thought = Мысль
palette-pain-point = Болевая точка
palette-opportunity = Возможность
palette-backstage = Закулисный шаг
palette-emotion = Эмоция
palette-note = Заметка
palette-image = Кадр раскадровки

## Templates
template-title-blank = Пустая карта
template-title-lifecycle = Жизненный цикл клиента
template-title-buyer = Путь покупателя
template-title-full-cycle = Полный цикл
template-title-service-blueprint = Сервисный блупринт
template-title-forks = Развилки на пути
template-blank = Три пустых этапа и обычные дорожки
template-lifecycle = Осведомлённость, привлечение, адаптация, вовлечение, рекомендации (интернет-магазин кружек)
template-buyer = Осведомлённость, рассмотрение, решение — с вопросами для каждого этапа
template-full-cycle = Восемь этапов от поиска информации до рекомендации, с CSAT, NPS и CRR
template-service-blueprint = Проживание в отеле от бронирования до выезда, с закулисными дорожками
template-forks = B2B-покупка с вехами, точкой решения, крюками и уходами к конкуренту

## What reading, saving and importing files says (after the file's name, or FILE:LINE:COL)
list-separator = { "; " }
note-listing = { $text }: { $items }
note-and-more = { $items }; и ещё { $count-shown }
load-cannot-read = не удаётся прочитать файл: { $reason }
load-too-large = файл занимает { $size-shown } байт, больше предела в { $limit-shown } МиБ; это точно карта пути?
load-not-text = это не текстовый файл (неверный UTF-8); ожидалась карта пути в формате RON
load-empty = файл пуст; ожидалась карта пути
load-newer-version = версия формата { $found-shown } новее, чем понимает этот journeymap (до { $newest-shown }); обновите journeymap, чтобы открыть файл
load-unknown-version = версии формата { $found-shown } не существует; ожидалась от 1 до { $newest-shown }
load-problems = { $problems }
save-cannot-save = не удаётся сохранить: { $reason }
recovery-cannot-write = { $file }: не удаётся записать копию для восстановления: { $reason }
recovery-failed = копию для восстановления записать не удалось
io-not-found = нет такого файла или папки ({ $system })
io-permission-denied = доступ запрещён ({ $system })
io-storage-full = диск заполнен ({ $system })
io-read-only = диск доступен только для чтения ({ $system })
io-other = { $system }
io-link-to-nothing = это символическая ссылка на { $target }, которого не существует
io-folder = это папка, а не файл
io-link-to-folder = это символическая ссылка на { $target }, а это папка
io-link-loop = больше { $limit-shown } символических ссылок подряд (петля из ссылок?)
io-no-temporary-file = не удаётся создать временный файл в папке { $folder } ({ $reason }); journeymap пишет новый файл рядом со старым и переименовывает его, чтобы сбой никогда не оставил половину файла: разрешите запись в папку или сохраните в другое место
ron-eof = файл обрывается раньше времени; ожидалось продолжение (он обрезан?)
ron-unknown-value = неизвестное значение { $found }{ $kind ->
        [none] {""}
       *[other] { " (" }{ $kind }{ ")" }
    }; ожидалось одно из: { $expected }
ron-unknown-field = неизвестное поле { $found }{ $kind ->
        [none] {""}
       *[other] { " в " }{ $kind }
    }; ожидалось одно из: { $expected }
ron-missing-field = нет поля { $field }{ $kind ->
        [none] {""}
       *[other] { " в " }{ $kind }
    }
ron-duplicate-field = поле { $field } встречается дважды{ $kind ->
        [none] {""}
       *[other] { " в " }{ $kind }
    }
ron-number-out-of-range = число вне диапазона: ожидалось целое неотрицательное число
ron-too-deep = текст слишком глубоко вложен; это точно карта пути?
ron-trailing = после конца карты есть ещё текст
ron-expected-comma = ожидалась запятая
ron-unclosed-string = текст в кавычках не закрыт знаком "
ron-wrong-type = ожидалось { $expected }, а найдено { $found }
ron-other = текст файла неверен: { $detail }
score-out-of-range = оценка эмоции { $value } вне диапазона: ожидалось от -2 до +2
limit-cards = в карте { $count-shown } { $count ->
        [one] карточка
        [few] карточки
       *[many] карточек
    }, больше предела в { $limit-shown }
limit-parts = в карте { $count-shown } { $what ->
        [stages] { $count ->
            [one] этап
            [few] этапа
           *[many] этапов
        }
        [lanes] { $count ->
            [one] дорожка
            [few] дорожки
           *[many] дорожек
        }
       *[personas] { $count ->
            [one] персона
            [few] персоны
           *[many] персон
        }
    }, больше предела в { $limit-shown }
limit-long-field = { $what ->
        [title] заголовок
       *[description] описание
    } длиннее предела в { $limit-shown } символов
limit-long-card = в карточке { $what } текст длиннее предела в { $limit-shown } символов
limit-long-stage = на этапе { $what } текст длиннее предела в { $limit-shown } символов
limit-long-persona = у персоны { $what } текст длиннее предела в { $limit-shown } символов
problem-duplicate-persona = id персоны { $id } использован больше одного раза
problem-duplicate-stage = id этапа { $id } использован больше одного раза
problem-duplicate-lane = id дорожки { $id } использован больше одного раза
problem-duplicate-card = id карточки { $id } использован больше одного раза
problem-no-such-stage = карточка { $card } ({ $title }) на этапе { $id }, которого нет
problem-no-such-lane = карточка { $card } ({ $title }) на дорожке { $id }, которой нет
problem-no-such-persona = карточка { $card } ({ $title }) оценивает персону { $id }, которой нет
import-unsupported = journeymap не импортирует такие файлы; ожидался .mmd, .mermaid, .md, .csv, .tsv или .txt
csv-column-twice = столбец "{ $column }" встречается дважды
csv-header-needs = в строке заголовков нужны столбцы "stage" и "title"; найдены: { $found }
csv-no-stage = столбец "stage" пуст; у каждой карточки должен быть этап
csv-no-title = столбец "title" пуст; у каждой карточки должен быть заголовок
csv-lane-at-line = "{ $lane }" (строка { $line-shown })
csv-unknown-channel = неизвестный канал "{ $found }"; ожидался один из: { $expected }
csv-emotion-not-number = ожидалось целое число от -2 до +2, найдено "{ $found }"
csv-unknown-columns = { $file }: неизвестные столбцы пропущены (известные: { $known })
csv-unknown-lanes = { $file }: дорожки неизвестного вида, созданы как дорожки заметок
csv-row-length = в этой строке { $fields-shown } полей, а в заголовке { $expected-shown }; заключите поля с запятыми в кавычки
csv-not-utf8 = эта строка не является текстом в UTF-8
mermaid-front-matter-open = front matter, начатый здесь, не закрыт строкой `---`
mermaid-expected-journey = ожидалось ключевое слово `journey`, найдено `{ $found }`
mermaid-directive-open = директива `%%{"{"}` не закрыта `{"}"}%%`
mermaid-description-open = `accDescr {"{"}` не закрыт `{"}"}`
mermaid-refused-character = Mermaid не принимает `{ $character }` в `{ $text }`; пишите вместо него `{ $entity }`
mermaid-expected-statement = ожидалось `title TEXT`, `section NAME` или `Task: score: actor, actor`, найдено `{ $found }`
mermaid-expected-score = после `{ $task }:` ожидалась оценка от 1 до 5, найдено `{ $found }`
mermaid-score-out-of-range = оценка { $score } вне диапазона: оценки Mermaid от 1 до 5
mermaid-no-journey = путь Mermaid не найден: ожидалась строка `journey`
mermaid-no-journey-block = ни в одном блоке ```mermaid нет пути
mermaid-empty = { $file }: в пути нет ни разделов, ни задач
mermaid-extra-fields = { $file }: задачи больше чем с двумя `:`; текст после третьего пропущен, как это делает Mermaid, в строках
mermaid-left-out = не вошло в Mermaid, где для этого нет места: { $what }
mermaid-left-cards = { $count-shown } { $count ->
        [one] карточка
        [few] карточки
       *[many] карточек
    } на дорожках, кроме точек контакта
mermaid-left-bodies = { $count-shown } { $count ->
        [one] текст карточки
        [few] текста карточек
       *[many] текстов карточек
    }
mermaid-left-channels = { $count-shown } { $count ->
        [one] канал
        [few] канала
       *[many] каналов
    }
mermaid-left-kpis = { $count-shown } KPI
mermaid-left-goals = цели и вопросы { $count-shown } { $count ->
        [one] этапа
       *[other] этапов
    }
mermaid-left-roles = { $count-shown } { $count ->
        [one] роль персоны
        [few] роли персон
       *[many] ролей персон
    }
mermaid-unscored = { $count-shown } { $count ->
        [one] точка контакта без оценки; записана
        [few] точки контакта без оценки; записаны
       *[many] точек контакта без оценки; записаны
    } как нейтральная 3 без участника
mermaid-disagree = персоны расходятся в { $count-shown } { $count ->
        [one] точке контакта
       *[other] точках контакта
    }; записана округлённая средняя оценка
paste-not-cards = В буфере обмена нет карточек journeymap; ничего не вставлено.
paste-no-cards = В буфере обмена нет ни одной карточки; ничего не вставлено.
edit-last-stage = Последний этап удалить нельзя: в карте должен быть хотя бы один этап.
edit-last-lane = Последнюю дорожку удалить нельзя: в карте должна быть хотя бы одна дорожка.
export-bad-scale = масштаб { $scale } не поддерживается: ожидалось число от 0.25 до 8
export-too-large = изображение было бы { $width-shown }×{ $height-shown } пикселей, больше, чем может сделать экспорт; выберите масштаб поменьше
export-cannot-write = не удаётся записать PNG: { $reason }
csv-column = столбец "{ $column }": { $reason }
csv-votes = ожидалось целое число голосов, найдено "{ $found }"
csv-colour = ожидался цвет вида #rrggbb, найдено "{ $found }"
csv-severity = неизвестная серьёзность "{ $found }"; ожидалась низкая, средняя или высокая
csv-unknown-lane-kind = неизвестный вид дорожки "{ $found }"
table-not-encoding = это не текст в кодировке { $encoding }
table-no-separator = в строке заголовков нет ни запятой, ни точки с запятой, ни табуляции, и столбцы не различить; выберите разделитель через --separator
table-unsure-encoding = не удаётся определить кодировку; это может быть { $choices }: выберите через --encoding
table-unsure-separator = не удаётся понять, чем разделены столбцы: { $choices }; выберите через --separator
table-empty = файл пуст; ожидались строка заголовков и по строке на каждую карточку
table-question-heading = Как записан этот файл?
table-question-text = journeymap не может понять, как записан { $file }. Выберите прочтение, в котором слова и столбцы выглядят правильно:
table-question-import = Импортировать
table-question-reading = { $encoding } · столбцы через { $separator }
table-question-tab = табуляцию
problem-duplicate-connection = id связи { $id } использован больше одного раза
problem-connection-no-card = связь { $connection } идёт от карточки { $card } или к ней, а такой карточки нет
problem-connection-to-itself = связь { $connection } ведёт от карточки к ней же
problem-connection-no-target = у связи { $connection } нет целевой карточки; покинуть карту может только выход
problem-connection-share = доля связи { $connection } больше 100 %
problem-connection-duplicate = связь { $connection } повторяет другую связь того же вида между теми же карточками
problem-line-no-lane = линия блупринта { $line } проходит под дорожкой { $lane }, которой нет
problem-line-twice = линия блупринта { $line } встречается на карте дважды
limit-connections = в карте { $count-shown } связей, больше предела в { $limit-shown }
limit-long-connection = подпись связи { $what } длиннее предела в { $limit-shown } символов
mermaid-left-connections = { $count-shown } { $count ->
        [one] связь
        [few] связи
       *[many] связей
    }
csv-flag = ожидалось 1 или да, чтобы поставить отметку (пусто или 0 — не ставить), найдено "{ $found }"
csv-unknown-next = { $file }: "next" не называет ни одной карточки таблицы; связь не создана для
inspector-decision = Точка решения
inspector-milestone = Веха
canvas-connect-handle = Связать с другой карточкой (перетащите на неё или за край карты для выхода)
connection-next = Следующий шаг
connection-alternative = Другой путь
connection-exit = Выход
connection-triggers = Запускает работу
inspector-connection = Связь
inspector-connection-ends = От { $from } к { $to }
inspector-connection-leaves = От { $from } за пределы карты
inspector-connection-label = Подпись
inspector-connection-share = Доля клиентов (%)
canvas-connection = { $ends }, { $kind }
canvas-connection-labelled = { $ends }, { $kind }: { $label }
canvas-connect-to = Связать с…
canvas-connect-exit = Выход за пределы карты

## The legend of a diff picture (journeymap diff -o), in the map's language.
diff-legend-heading = Изменения с { $old } по { $new }
diff-legend-added = Добавлено ({ $count-shown })
diff-legend-changed = Изменено ({ $count-shown })
diff-legend-removed = Удалено ({ $count-shown })
diff-legend-old-curves = Прежние кривые эмоций

## Compare mode (File › Compare with…)
command-compare = Сравнить с…
command-compare-tip = Показать, что изменилось между этой картой и другой: текущим и желаемым состоянием или старой копией
command-leave-compare = Выйти из сравнения
command-leave-compare-tip = Вернуться к правке карты; сравнение ничего в ней не изменило
compare-heading = Сравнение с { $file }
compare-summary = { $count ->
        [0] Изменений нет
        [one] { $count-shown } изменение
        [few] { $count-shown } изменения
       *[many] { $count-shown } изменений
    }
compare-legend = Зелёная рамка: добавлено; оранжевая: изменено; бледное с пунктиром: удалено. Кривые другой карты пунктирные.
compare-read-only = Чтобы менять карту, выйдите из сравнения
compare-map = Карта
compare-added = Добавлено: { $name }
compare-removed = Удалено: { $name }
compare-changed = { $name }: изменено поле «{ $field }»
compare-changed-to = { $name }: { $field }: было «{ $old }», стало «{ $new }»
compare-moved = { $name }: перенесено в { $stage } / { $lane }
compare-reordered = { $name }: переставлено среди соседей
compare-score = { $name }: оценка «{ $persona }»: было { $old }, стало { $new }
compare-no-score = нет
compare-path = Путь из «{ $from }» в «{ $to }»
compare-path-out = за пределы карты
compare-field = { $field ->
        [title] заголовок
        [description] описание
        [state] состояние
        [direction] направление
        [language] язык
        [name] название
        [role] роль
        [goals] цели
        [needs] потребности
        [motivations] мотивы
        [fears] страхи
        [color] цвет
        [goal] цель
        [questions] вопросы клиента
        [kpis] KPI
        [kind] вид
        [hidden] скрыт
        [body] текст
        [channel] канал
        [severity] серьёзность
        [tags] метки
        [votes] голоса
        [decision] точка решения
        [milestone] веха
        [image] изображение
        [photo] фото
        [triggers] триггеры
        [from] начало
        [to] конец
        [label] подпись
        [share] доля
        [conflicts] неразрешённые конфликты
        [below_lane] место
       *[other] { $field }
    }

## Merge conflicts recorded in a map (journeymap merge), and git's own markers.
load-git-markers = маркеры конфликта git (<<<<<<<): git слил эту карту как текст. Настройте journeymap как драйвер слияния git (README, «Работа в команде») и слейте заново или уберите маркеры вручную
problem-conflict-no-item = записанный конфликт касается { $item }, которого нет на карте
problem-conflict-item-there = записанный конфликт говорит, что { $item } удалён здесь, но он есть на карте
problem-conflict-no-theirs = в записанном конфликте о { $item } нет версии другой стороны
problem-conflict-mismatch = в записанном конфликте о { $item } вместо версии другой стороны лежит другое
conflict-field = { $item }: обе стороны изменили «{ $field }»
conflict-deleted-by-them = { $item }: изменено здесь, удалено на другой стороне
conflict-deleted-by-us = { $item }: удалено здесь, изменено на другой стороне
conflict-kept-in-use = { $item }: удалено на одной стороне, но используется на другой, поэтому оставлено
check-conflict = неразрешённый конфликт слияния: { $conflict }. Откройте карту в journeymap и выберите сторону
picture-bad-name = «{ $name }» — не имя сохранённого изображения (64 шестнадцатеричные цифры и .png, .jpg, .webp или .gif)
picture-outside = { $path } ведёт за пределы папки assets карты
picture-missing = { $path } не найден
picture-too-big = { $path } больше 50 МБ
picture-too-many-pixels = { $path }: { $width } × { $height } пикселей, больше 64 мегапикселей
picture-unreadable = { $path } — не изображение, которое journeymap может прочитать ({ $reason })
picture-io = { $path }: { $reason }
check-picture = предупреждение: изображение { $problem }
conflict-gone = этот конфликт уже разрешён
conflict-cannot-restore = версию другой стороны нельзя вернуть сюда (того, к чему она относится, больше нет); поправьте карту вручную и оставьте нашу

## Merge conflicts in the editor
conflicts-heading = { $count ->
        [one] { $count-shown } конфликт для решения
        [few] { $count-shown } конфликта для решения
       *[many] { $count-shown } конфликтов для решения
    }
conflicts-hint = Два человека изменили одно и то же. Оставьте нашу версию (сначала поправьте её, если обе неверны) или возьмите их; каждый выбор можно отменить.
conflicts-ours = Наша: { $value }
conflicts-theirs = Их: { $value }
conflicts-keep-ours = Оставить нашу ({ $n-shown })
conflicts-take-theirs = Взять их ({ $n-shown })

# Pictures on cards and persona photos
picture-choose-title = Выберите изображение
picture-files = Изображения
picture-no-folder = Изображение нельзя добавить: его негде хранить.
inspector-picture = Изображение…
inspector-replace-picture = Заменить изображение…
inspector-remove-picture = Убрать изображение
inspector-picture-size = Изображение: { $width-shown } × { $height-shown } пикс.
personas-photo = Фото…
personas-replace-photo = Заменить фото…
personas-remove-photo = Убрать фото
personas-triggers = Триггеры (по одному в строке)
command-pictures = Изображения…
command-pictures-tip = Изображения, хранящиеся рядом с картой, карты, которые их используют, и удаление неиспользуемых
pictures-heading = Изображения
pictures-folder = Хранятся в { $folder }
pictures-none = Здесь пока нет изображений.
pictures-name = Файл
pictures-size = Размер
pictures-pixels = Пиксели
pictures-used-by = Используют
pictures-unused = не используется
pictures-unreadable = не читается
pictures-kilobytes = { $n-shown } КБ
pictures-dimensions = { $width-shown } × { $height-shown }
pictures-maps-unreadable = Эти карты не удалось прочитать, поэтому ни одно изображение не считается неиспользуемым: { $maps }
pictures-remove-unused = Удалить неиспользуемые ({ $n-shown })
pictures-remove-confirm = { $n ->
    [one] Удалить { $n-shown } изображение, которое не использует ни одна карта в этой папке? Это нельзя отменить.
    [few] Удалить { $n-shown } изображения, которые не использует ни одна карта в этой папке? Это нельзя отменить.
   *[other] Удалить { $n-shown } изображений, которые не использует ни одна карта в этой папке? Это нельзя отменить.
}
pictures-remove = Удалить
pictures-removed = { $n ->
    [one] Удалено { $n-shown } изображение.
    [few] Удалено { $n-shown } изображения.
   *[other] Удалено { $n-shown } изображений.
}
picture-outside-folder = { $path } находится вне папки файла, который на него ссылается (абсолютные пути, .. и ссылки наружу не принимаются)
csv-pictures = { $file }: некоторые изображения не добавлены
csv-picture = строка { $line-shown }: { $problem }
mermaid-left-pictures = { $count-shown } { $count ->
        [one] изображение
        [few] изображения
       *[many] изображений
    }
