# journeymap'in kendi sözcükleri Türkçe. Her ileti en, fa, ar, tr ve ru dosyalarında var (bir test denetler).

## Komutlar: her birinin adı (menüler, düğmeler) ve ne yaptığı (ipuçları, sunum yardımı).
command-new-blank = Yeni boş harita
command-new-blank-tip = Yeni, boş bir harita başlat
command-open = Aç…
command-open-tip = Bir harita aç ya da Mermaid, Markdown veya CSV dosyası içe aktar
command-save = Kaydet
command-save-tip = Haritayı kaydet
command-save-as = Farklı kaydet…
command-save-as-tip = Haritayı yeni bir adla kaydet
command-show-export = PNG olarak dışa aktar…
command-show-export-tip = Haritayı resim olarak dışa aktar
command-export-mermaid = Mermaid olarak dışa aktar…
command-export-mermaid-tip = Temas noktalarını bir Mermaid yolculuğu olarak yaz
command-export-markdown = Markdown raporu…
command-export-markdown-tip = Haritanın raporunu Markdown olarak yaz
command-quit = Çıkış
command-quit-tip = journeymap'i kapat
command-undo = Geri al
command-undo-tip = Son değişikliği geri al
command-redo = Yinele
command-redo-tip = Son geri alınan değişikliği yinele
command-copy-mermaid = Mermaid olarak kopyala
command-copy-mermaid-tip = Haritayı panoya Mermaid yolculuğu olarak koy
command-copy-table = Tablo olarak kopyala
command-copy-table-tip = Seçili kartları (ya da hepsini) panoya tablo olarak koy, bir elektronik tablo için
command-connect = Şuna bağla…
command-connect-tip = Seçili kartı başka bir karta bağla: ok tuşları seçer, Enter bağlar, Esc vazgeçer
command-confirm-connection = Bağlantıyı kur
command-confirm-connection-tip = Bağlarken: seçilen karta bağla
command-toggle-direction = Sağdan sola yap
command-toggle-direction-tip = Harita sağdan sola ya da soldan sağa okunsun
command-delete = Sil
command-delete-tip = Seçili kartları, aşamayı veya kulvarı sil
command-duplicate = Çoğalt
command-duplicate-tip = Seçili kartları çoğalt
command-edit-title = Başlığı haritada düzenle
command-edit-title-tip = Kartın başlığını haritada olduğu yerde yaz
command-select-up = Üstteki kartı seç
command-select-up-tip = Yukarıdaki en yakın kartı seç
command-select-down = Alttaki kartı seç
command-select-down-tip = Aşağıdaki en yakın kartı seç
command-select-left = Soldaki kartı seç
command-select-left-tip = Soldaki en yakın kartı seç
command-select-right = Sağdaki kartı seç
command-select-right-tip = Sağdaki en yakın kartı seç
command-clear-selection = Seçimi kaldır
command-clear-selection-tip = Hiçbir şey seçme
command-fit-map = Haritayı sığdır
command-fit-map-tip = Haritanın tamamını göster
command-zoom-in = Yakınlaştır
command-zoom-in-tip = Bir adım yakınlaştır
command-zoom-out = Uzaklaştır
command-zoom-out-tip = Bir adım uzaklaştır
command-present = Sun
command-present-tip = Haritayı tam ekranda aşama aşama sun; F5 yeniden çıkar
command-next-stage = Sonraki aşama
command-next-stage-tip = Sonraki aşama (sağdan sola haritada Left sonrakidir; Page Down ve Space hep ileri gider)
command-previous-stage = Önceki aşama
command-previous-stage-tip = Önceki aşama
command-first-stage = İlk aşama
command-first-stage-tip = İlk aşama
command-last-stage = Son aşama
command-last-stage-tip = Son aşama
command-scroll-up = Yukarı kaydır
command-scroll-up-tip = Aşamayı yukarı kaydır
command-scroll-down = Aşağı kaydır
command-scroll-down-tip = Aşamayı aşağı kaydır
command-toggle-overview = Genel bakış
command-toggle-overview-tip = Haritanın tamamına genel bakış ve geri dönüş
command-focus-next-persona = Persona odağı
command-focus-next-persona-tip = Her seferinde bir personanın eğrisi, sonra yeniden hepsi
command-capture-idea = Fikir yakala
command-capture-idea-tip = Bu aşamada bir fikir yakala
command-capture-next-lane = Sonraki kulvar
command-capture-next-lane-tip = Yakalarken: sonraki kulvar (önce düşünceler, sorunlu noktalar, fırsatlar)
command-capture-previous-lane = Önceki kulvar
command-capture-previous-lane-tip = Yakalarken: önceki kulvar
command-capture-add = Fikri ekle
command-capture-add-tip = Yakalarken: kartı ekle
command-capture-cancel = Fikirden vazgeç
command-capture-cancel-tip = Yakalarken: vazgeç
command-toggle-voting = Oylama
command-toggle-voting-tip = Oylama: bir karta tıklamak ona oy verir, Shift+tıklama bir oyu geri alır
command-sort-by-votes = Oylara göre sırala
command-sort-by-votes-tip = Bu aşamanın sorunlu noktalarını ve fırsatlarını oylara göre sırala
command-toggle-timer = Zamanlayıcı
command-toggle-timer-tip = Zamanlayıcıyı başlat / durdur
command-toggle-help = Tuş yardımı
command-toggle-help-tip = Bu yardım
command-back = Geri
command-back-tip = Yardımı kapat, oylamayı bitir ya da sunumdan çık
command-toggle-direction-rtl = Soldan sağa yap

## Menüler, araç çubuğu ve durum çubuğu
menu-file = Dosya
menu-edit = Düzen
menu-view = Görünüm
menu-new-from-template = Şablondan yeni
menu-language = Dil:
menu-open-recent = Son açılanlar
menu-light-map = Açık harita
menu-dark-map = Koyu harita
menu-fit = Sığdır
menu-title = Başlık:
menu-title-hint = Harita başlığı
menu-title-tip = Haritayı yeniden adlandır; uygulamak için Enter
menu-not-saved = henüz kaydedilmedi
menu-unsaved = kaydedilmemiş değişiklikler
menu-drop-hint = Açmak için bir .journey.ron dosyası bırakın
menu-drop-pictures-hint = Resimleri seçili karta ya da personaya, ya da yeni hikâye panosu kartları olarak bırakın

## İletişim kutuları
dialog-save-changes = Değişiklikler kaydedilsin mi?
dialog-save = Kaydet
dialog-dont-save = Kaydetme
dialog-cancel = Vazgeç
dialog-disk-heading = Dosya diskte değişti
dialog-overwrite = Bu sürümle üzerine yaz
dialog-reload = Yeniden yükle
dialog-reload-losing = Yeniden yükle (burada yapılan değişiklikler kaybolur)
dialog-keep = Bu sürümü koru
dialog-ok = Tamam
dialog-export-heading = PNG olarak dışa aktar
dialog-scale = Ölçek:
dialog-theme = Tema:
dialog-light = Açık
dialog-dark = Koyu
dialog-export = Dışa aktar…
dialog-restore-heading = Kaydedilmemiş çalışma geri yüklensin mi?
dialog-restore = Geri yükle
dialog-discard = At
dialog-discard-tip = Kurtarma kopyasını sil
dialog-untitled = adsız bir harita

## Dosyalar
files-open-title = Bir müşteri yolculuğu haritası aç
files-all-kinds = Haritalar ve içe aktarılacak dosyalar
files-map = Müşteri yolculuğu haritası
files-mermaid = Mermaid yolculuğu
files-csv = CSV kartları
files-markdown = Markdown raporu
files-png = PNG resmi
files-save-title = Müşteri yolculuğu haritasını kaydet
files-export-png-title = Haritayı PNG olarak dışa aktar
files-warnings = Uyarılarla içe aktarıldı
files-copied-mermaid = Harita Mermaid yolculuğu olarak kopyalandı
files-copied-table = { $count-shown } kart tablo olarak kopyalandı
files-still-open = Harita hâlâ açık ve kaydedilmemiş; Farklı kaydet'i deneyin.
files-kept = Açık harita olduğu gibi kaldı.

## Sunum modu
present-back-to-stage = O: aşamaya dön
present-voting = Oylama: bir karta tıklayın (+1), Shift+tıklama (−1). Bitirmek için Esc ya da V
present-keys-hint = ? tuşlar · Esc çık
present-idea-field = Yeni fikir
present-idea-hint = Yazın, sonra Enter
present-help-heading = Sunum tuşları
present-help-close = Kapatmak için Esc ya da ?

## Harita öğeleri, ekran okuyucuların adlandırdığı gibi
canvas-untitled-card = Adsız kart

## Düzenleme
edit-title-needed = Kartın bir başlığı olmalı; eski başlık korundu.

## Haritada başlık yazmak
in-place-field = Haritadaki kart başlığı
in-place-hint = Kart başlığı

## Denetçi, personalar, palet
inspector-card = Kart
inspector-title = Başlık
inspector-body = Metin
inspector-stage = Aşama
inspector-lane = Kulvar
inspector-channel = Kanal
inspector-severity = Önem
inspector-tags = Etiketler (virgülle ayrılmış)
inspector-own-colour = Kendi rengi
inspector-feelings = Her persona burada ne hissediyor
inspector-several-cards = Onları birlikte başka bir hücreye sürükleyin ya da:
inspector-lane-name = Kulvar adı
inspector-kind = Tür
inspector-hidden = Gizli
inspector-move-up = Yukarı taşı
inspector-move-down = Aşağı taşı
inspector-delete-lane = Kulvarı sil
inspector-map = Harita
inspector-map-hint = Düzenlemek için bir karta, aşama başlığına ya da kulvar adına tıklayın.
inspector-description = Açıklama
inspector-state = Durum
inspector-current = Mevcut (olduğu gibi)
inspector-future = Gelecek (olacağı gibi)
inspector-direction = Yön
inspector-left-to-right = Soldan sağa
inspector-right-to-left = Sağdan sola
inspector-language = Dil
inspector-lanes = Kulvarlar (gizlemek için işareti kaldırın; gizli kulvarların kartları kalır)
inspector-add-stage = Aşama ekle
inspector-tips = İpuçları: boş bir hücreye çift tıklayarak kart ekleyin; palet öğelerini hücrelere sürükleyin; kartları hücreler arasında sürükleyin; birkaçını seçmek için boş alanda sürükleyin; kaydırmak için orta tuşla ya da Space ile sürükleyin.
inspector-add-lane = Kulvar ekle
inspector-blueprint-lines = Hizmet planı çizgileri
inspector-line-interaction = Etkileşim çizgisi
inspector-line-visibility = Görünürlük çizgisi
inspector-line-internal = İç etkileşim çizgisi
inspector-line-none = Yok
inspector-line-below = { $lane } altında
inspector-stage-name = Aşama adı
inspector-goal = Hedef
inspector-questions = Müşteri soruları (her satıra bir tane)
inspector-kpis = Göstergeler
inspector-kpi-name = Ad
inspector-kpi-value = Değer
inspector-kpi-target = Hedef
inspector-kpi-unit = Birim
inspector-remove-kpi = Bu göstergeyi kaldır
inspector-add-kpi = Gösterge ekle
inspector-insert-before = Öncesine aşama ekle
inspector-insert-after = Sonrasına aşama ekle
inspector-move-earlier = Öne al
inspector-move-later = Sona al
inspector-delete-stage = Aşamayı sil
personas-heading = Personalar
personas-show-curve = Bu personanın eğrisini göster
personas-active = Eğri sürüklemeleri bu personanın puanlarını değiştirir
personas-edit = Bu personayı düzenle
personas-add = Persona ekle
personas-name = Ad
personas-role = Rol
personas-colour = Renk
personas-delete = Personayı sil
personas-delete-tip = Personayı ve puanlarını kaldırır (geri alınabilir)
palette-heading = Haritaya sürükleyin:
palette-tip = Haritanın bir hücresine sürükleyin
app-error = Bir şeyler ters gitti

## Yer tutuculu iletiler. `$n` sayısı çoğul biçimini seçer; `$n-shown` aynı sayıdır, dilin rakamlarıyla.
menu-ui-language = Dil
menu-counts = { $stages-shown } { $stages ->
       *[other] aşama
    } · { $lanes-shown } { $lanes ->
       *[other] kulvar
    } · { $cards-shown } { $cards ->
       *[other] kart
    } · { $personas-shown } { $personas ->
       *[other] persona
    }
menu-zoom = yakınlık %{ $percent-shown }
dialog-unsaved-closing = { $name } içinde kaydedilmemiş değişiklikler var. Kapatmadan önce kaydedilsin mi?
dialog-unsaved-opening = { $name } içinde kaydedilmemiş değişiklikler var. Başka bir harita açmadan önce kaydedilsin mi?
dialog-changed-on-disk = { $name }, burada açtığınızdan ya da kaydettiğinizden beri başka bir program tarafından değiştirildi (ya da silindi).
dialog-restore-text = journeymap düzgün kapanmadı. { $name } içindeki kaydedilmemiş değişiklikler { $ago } kopyalandı.
dialog-ago-unknown = bilinmeyen bir zamanda
dialog-ago-seconds = bir dakikadan kısa süre önce
dialog-ago-minutes = { $n-shown } { $n ->
       *[other] dakika
    } önce
dialog-ago-hours = { $n-shown } { $n ->
       *[other] saat
    } önce
dialog-ago-days = { $n-shown } { $n ->
       *[other] gün
    } önce
dialog-restored = { $name } içindeki kaydedilmemiş değişiklikler geri yüklendi; korumak için kaydedin.
dialog-damaged-copy = Kurtarma kopyası bozuk ve açılmadı: { $error }
    Bakmak isterseniz diye { $file } konumunda tutuluyor.
app-no-template = { $name } adında bir şablon yok.
files-imported = { $file } dosyasından { $cards-shown } { $cards ->
       *[other] kart
    } içe aktarıldı; harita olarak korumak için kaydedin
files-export-title = Dışa aktar: { $kind }
files-cannot-write = { $file }: yazılamıyor: { $error }
present-counter = Aşama { $stage-shown } / { $of-shown }
present-persona = Persona: { $name }
present-fork = Çatal { $n-shown } / { $count-shown }: { $card }
present-share = %{ $share-shown }
present-exits = Müşterilerin ayrıldığı yerler
command-next-fork = Sonraki çatal
command-next-fork-tip = Bu aşamanın çatallarını tek tek vurgula: karar noktası, dalları ve payları
present-idea = Yeni fikir · { $stage } · { $lane }   (Tab: sonraki kulvar)
canvas-stage = Aşama { $number-shown }: { $name }
canvas-lane = Kulvar: { $name }
canvas-point = { $card } kartında { $persona }
inspector-cards = { $count-shown } { $count ->
       *[other] kart
    }
inspector-score = { $name } puanı
inspector-none = yok
inspector-severity-low = düşük
inspector-severity-medium = orta
inspector-severity-high = yüksek
personas-goals = Hedefler (her satıra bir tane)
personas-needs = İhtiyaçlar (her satıra bir tane)
personas-motivations = Motivasyonlar (her satıra bir tane)
personas-fears = Korkular (her satıra bir tane)
palette-touchpoint = Temas noktası: { $channel }
palette-touchpoint-plain = Temas noktası
palette-action = Eylem
palette-thought = Düşünce
palette-pain-point = Sorunlu nokta
palette-opportunity = Fırsat
palette-backstage = Kulis adımı
palette-emotion = Duygu
palette-note = Not
palette-image = Hikâye panosu karesi

## Templates
template-title-blank = Boş harita
template-title-lifecycle = Müşteri yaşam döngüsü
template-title-buyer = Alıcı yolculuğu
template-title-full-cycle = Tam döngü
template-title-service-blueprint = Hizmet planı
template-title-forks = Yoldaki çatallar
template-blank = Üç boş aşama ve olağan kulvarlar
template-lifecycle = Farkındalık, Edinme, Karşılama, Etkileşim, Savunuculuk (çevrimiçi bir kupa mağazası)
template-buyer = Farkındalık, Değerlendirme, Karar; her aşamada sorulacak sorularla
template-full-cycle = Bilgi aramadan tavsiyeye sekiz aşama; CSAT, NPS ve CRR ile
template-service-blueprint = Rezervasyondan çıkışa bir otel konaklaması; kulis kulvarlarıyla
template-forks = Kilometre taşları, bir karar noktası, sapmalar ve rakibe çıkışlarla bir kurumsal satın alma

## What reading, saving and importing files says (after the file's name, or FILE:LINE:COL)
list-separator = { "; " }
note-listing = { $text }: { $items }
note-and-more = { $items }; ve { $count-shown } tane daha
load-cannot-read = dosya okunamıyor: { $reason }
load-too-large = dosya { $size-shown } bayt, { $limit-shown } MiB sınırından büyük; gerçekten bir yolculuk haritası mı?
load-not-text = bu bir metin dosyası değil (geçersiz UTF-8); RON biçiminde bir yolculuk haritası bekleniyordu
load-empty = dosya boş; bir yolculuk haritası bekleniyordu
load-newer-version = biçim sürümü { $found-shown }, bu journeymap'in anladığından yeni (en çok { $newest-shown }); açmak için journeymap'i güncelleyin
load-unknown-version = biçim sürümü { $found-shown } yok; 1 ile { $newest-shown } arası bekleniyordu
load-problems = { $problems }
save-cannot-save = kaydedilemiyor: { $reason }
recovery-cannot-write = { $file }: kurtarma kopyası yazılamıyor: { $reason }
recovery-failed = kurtarma kopyası yazılamadı
io-not-found = böyle bir dosya ya da klasör yok ({ $system })
io-permission-denied = izin yok ({ $system })
io-storage-full = disk dolu ({ $system })
io-read-only = bu disk salt okunur ({ $system })
io-other = { $system }
io-link-to-nothing = { $target } konumuna giden sembolik bir bağlantı, ama orası yok
io-folder = bu bir klasör, dosya değil
io-link-to-folder = { $target } konumuna giden sembolik bir bağlantı, orası bir klasör
io-link-loop = arka arkaya { $limit-shown } taneden fazla sembolik bağlantı (bir bağlantı döngüsü mü?)
io-no-temporary-file = { $folder } klasöründe geçici dosya oluşturulamıyor ({ $reason }); journeymap yeni dosyayı eskisinin yanına yazıp yerine koyar, böylece bir çökme asla yarım dosya bırakmaz: klasörü yazılabilir yapın ya da başka bir yere kaydedin
ron-eof = dosya erken bitiyor; devamı bekleniyordu (kesilmiş mi?)
ron-unknown-value = bilinmeyen { $kind ->
        [none] değer
       *[other] { $kind } değeri
    } { $found }; şunlardan biri bekleniyordu: { $expected }
ron-unknown-field = bilinmeyen alan { $found }{ $kind ->
        [none] {""}
       *[other] { " (" }{ $kind }{ ")" }
    }; şunlardan biri bekleniyordu: { $expected }
ron-missing-field = { $field } alanı eksik{ $kind ->
        [none] {""}
       *[other] { " (" }{ $kind }{ ")" }
    }
ron-duplicate-field = { $field } alanı iki kez var{ $kind ->
        [none] {""}
       *[other] { " (" }{ $kind }{ ")" }
    }
ron-number-out-of-range = sayı aralık dışında: negatif olmayan bir tam sayı bekleniyordu
ron-too-deep = metin çok derin iç içe; gerçekten bir yolculuk haritası mı?
ron-trailing = haritanın bitiminden sonra başka metin var
ron-expected-comma = virgül bekleniyordu
ron-unclosed-string = tırnak içindeki bir metin " ile kapatılmamış
ron-wrong-type = { $expected } bekleniyordu ama { $found } bulundu
ron-other = dosyanın metni hatalı: { $detail }
score-out-of-range = duygu puanı { $value } aralık dışında: -2 ile +2 arası bekleniyordu
limit-cards = haritada { $count-shown } kart var, { $limit-shown } sınırından fazla
limit-parts = haritada { $count-shown } { $what ->
        [stages] aşama
        [lanes] kulvar
       *[personas] persona
    } var, { $limit-shown } sınırından fazla
limit-long-field = { $what ->
        [title] başlık
       *[description] açıklama
    } { $limit-shown } karakter sınırından uzun
limit-long-card = { $what } numaralı kartta { $limit-shown } karakter sınırından uzun bir metin var
limit-long-stage = { $what } numaralı aşamada { $limit-shown } karakter sınırından uzun bir metin var
limit-long-persona = { $what } numaralı personada { $limit-shown } karakter sınırından uzun bir metin var
problem-duplicate-persona = persona kimliği { $id } birden çok kez kullanılmış
problem-duplicate-stage = aşama kimliği { $id } birden çok kez kullanılmış
problem-duplicate-lane = kulvar kimliği { $id } birden çok kez kullanılmış
problem-duplicate-card = kart kimliği { $id } birden çok kez kullanılmış
problem-no-such-stage = kart { $card } ({ $title }) { $id } numaralı aşamada, ama o aşama yok
problem-no-such-lane = kart { $card } ({ $title }) { $id } numaralı kulvarda, ama o kulvar yok
problem-no-such-persona = kart { $card } ({ $title }) { $id } numaralı personaya puan veriyor, ama o persona yok
import-unsupported = journeymap'in içe aktardığı bir dosya değil; .mmd, .mermaid, .md, .csv, .tsv ya da .txt bekleniyordu
csv-column-twice = "{ $column }" sütunu iki kez var
csv-header-needs = başlık satırında "stage" ve "title" sütunları olmalı; bulunan: { $found }
csv-no-stage = "stage" sütunu boş; her kartın bir aşaması olmalı
csv-no-title = "title" sütunu boş; her kartın bir başlığı olmalı
csv-lane-at-line = "{ $lane }" (satır { $line-shown })
csv-unknown-channel = bilinmeyen kanal "{ $found }"; şunlardan biri bekleniyordu: { $expected }
csv-emotion-not-number = -2 ile +2 arası bir tam sayı bekleniyordu, bulunan "{ $found }"
csv-unknown-columns = { $file }: bilinmeyen sütunlar yok sayıldı (bilinenler: { $known })
csv-unknown-lanes = { $file }: türü bilinmeyen kulvarlar, Notlar kulvarı olarak oluşturuldu
csv-row-length = bu satırda { $fields-shown } alan var ama başlıkta { $expected-shown }; virgül içeren alanları tırnak içine alın
csv-not-utf8 = bu satır geçerli UTF-8 metin değil
mermaid-front-matter-open = burada başlayan front matter `---` ile kapatılmamış
mermaid-expected-journey = `journey` anahtar sözcüğü bekleniyordu, bulunan `{ $found }`
mermaid-directive-open = `%%{"{"}` yönergesi `{"}"}%%` ile kapatılmamış
mermaid-description-open = `accDescr {"{"}` `{"}"}` ile kapatılmamış
mermaid-refused-character = Mermaid `{ $text }` içinde `{ $character }` kabul etmez; yerine `{ $entity }` yazın
mermaid-expected-statement = `title TEXT`, `section NAME` ya da `Task: score: actor, actor` bekleniyordu, bulunan `{ $found }`
mermaid-expected-score = `{ $task }:` sonrasında 1 ile 5 arası bir puan bekleniyordu, bulunan `{ $found }`
mermaid-score-out-of-range = { $score } puanı aralık dışında: Mermaid puanları 1 ile 5 arasıdır
mermaid-no-journey = Mermaid yolculuğu bulunamadı: `journey` satırı bekleniyordu
mermaid-no-journey-block = ```mermaid bloklarının hiçbirinde yolculuk yok
mermaid-empty = { $file }: yolculukta hiç bölüm ya da görev yok
mermaid-extra-fields = { $file }: ikiden fazla `:` içeren görevler; üçüncüden sonraki metin, Mermaid'in yaptığı gibi, yok sayıldı, satırlar
mermaid-left-out = Mermaid'e yazılmadı, çünkü tutamaz: { $what }
mermaid-left-cards = dokunma noktaları dışındaki kulvarlarda { $count-shown } kart
mermaid-left-bodies = { $count-shown } kart metni
mermaid-left-channels = { $count-shown } kanal
mermaid-left-kpis = { $count-shown } KPI
mermaid-left-goals = { $count-shown } aşamanın hedef ve soruları
mermaid-left-roles = { $count-shown } persona rolü
mermaid-unscored = { $count-shown } dokunma noktasının puanı yok; oyuncusuz, nötr 3 olarak yazıldı
mermaid-disagree = personalar { $count-shown } dokunma noktasında ayrışıyor; yuvarlanmış ortalama puanla yazıldı
paste-not-cards = Panoda journeymap kartları yok; hiçbir şey yapıştırılmadı.
paste-no-cards = Panoda hiç kart yok; hiçbir şey yapıştırılmadı.
edit-last-stage = Son aşama silinemez: bir haritanın en az bir aşaması olmalı.
edit-last-lane = Son kulvar silinemez: bir haritanın en az bir kulvarı olmalı.
export-bad-scale = { $scale } ölçeği desteklenmiyor: 0.25 ile 8 arası bir sayı bekleniyordu
export-too-large = resim { $width-shown }×{ $height-shown } piksel olurdu, dışa aktarmanın yapabileceğinden büyük; daha küçük bir ölçek seçin
export-cannot-write = PNG yazılamıyor: { $reason }
csv-column = "{ $column }" sütunu: { $reason }
csv-votes = tam sayı olarak oy sayısı bekleniyordu, bulunan "{ $found }"
csv-colour = #rrggbb biçiminde bir renk bekleniyordu, bulunan "{ $found }"
csv-severity = bilinmeyen önem "{ $found }"; düşük, orta ya da yüksek bekleniyordu
csv-unknown-lane-kind = bilinmeyen kulvar türü "{ $found }"
table-not-encoding = bu metin { $encoding } değil
table-no-separator = başlık satırında virgül, noktalı virgül ya da sekme yok, sütunlar ayırt edilemiyor; ayırıcıyı --separator ile seçin
table-unsure-encoding = kodlama anlaşılamıyor; şunlardan biri olabilir: { $choices }; --encoding ile seçin
table-unsure-separator = sütunların neyle ayrıldığı anlaşılamıyor: { $choices }; --separator ile seçin
table-empty = dosya boş; bir başlık satırı ve her kart için bir satır bekleniyordu
table-question-heading = Bu dosya nasıl yazılmış?
table-question-text = journeymap { $file } dosyasının nasıl yazıldığını anlayamıyor. Sözcükleri ve sütunları doğru görünen okumayı seçin:
table-question-import = İçe aktar
table-question-reading = { $encoding } · sütunlar { $separator } ile
table-question-tab = sekme
problem-duplicate-connection = bağlantı kimliği { $id } birden çok kez kullanılmış
problem-connection-no-card = { $connection } bağlantısı { $card } kartından çıkıyor ya da ona gidiyor, ama o kart yok
problem-connection-to-itself = { $connection } bağlantısı bir karttan aynı karta gidiyor
problem-connection-no-target = { $connection } bağlantısının hedef kartı yok; haritadan yalnızca çıkış ayrılabilir
problem-connection-share = { $connection } bağlantısının payı yüzde 100'ü aşıyor
problem-connection-duplicate = { $connection } bağlantısı aynı kartlar arasında aynı türden başka bir bağlantıyı yineliyor
problem-line-no-lane = { $line } plan çizgisi var olmayan { $lane } kulvarının altında
problem-line-twice = haritada { $line } plan çizgisi iki kez var
limit-connections = haritada { $count-shown } bağlantı var, { $limit-shown } sınırından fazla
limit-long-connection = { $what } bağlantısının etiketi { $limit-shown } karakter sınırından uzun
mermaid-left-connections = { $count-shown } bağlantı
csv-flag = işareti koymak için 1 ya da evet bekleniyordu (koymamak için boş ya da 0), bulunan "{ $found }"
csv-unknown-next = { $file }: "next" sütunu tablodaki hiçbir kartı adlandırmıyor; bağlantı kurulmadı:
inspector-decision = Karar noktası
inspector-milestone = Kilometre taşı
canvas-connect-handle = Başka bir karta bağla (üzerine sürükleyin ya da çıkış için haritanın kenarının dışına)
connection-next = Sonraki adım
connection-alternative = Başka yol
connection-exit = Çıkış
connection-triggers = İşi başlatır
inspector-connection = Bağlantı
inspector-connection-ends = { $from } kartından { $to } kartına
inspector-connection-leaves = { $from } kartından haritanın dışına
inspector-connection-label = Etiket
inspector-connection-share = Müşteri payı (%)
canvas-connection = { $ends }, { $kind }
canvas-connection-labelled = { $ends }, { $kind }: { $label }
canvas-connect-to = Şuna bağla…
canvas-connect-exit = Haritadan çıkış

## The legend of a diff picture (journeymap diff -o), in the map's language.
diff-legend-heading = { $old } ile { $new } arasındaki değişiklikler
diff-legend-added = Eklenen ({ $count-shown })
diff-legend-changed = Değişen ({ $count-shown })
diff-legend-removed = Silinen ({ $count-shown })
diff-legend-old-curves = Eski duygu eğrileri

## Compare mode (File › Compare with…)
command-compare = Karşılaştır…
command-compare-tip = Bu harita ile başka bir harita arasında neyin değiştiğini göster: mevcut durum ile hedef durum ya da eski bir kopya
command-leave-compare = Karşılaştırmadan çık
command-leave-compare-tip = Haritayı düzenlemeye dön; karşılaştırma haritada hiçbir şeyi değiştirmedi
compare-heading = { $file } ile karşılaştırma
compare-summary = { $count ->
        [0] Değişiklik yok
       *[other] { $count-shown } değişiklik
    }
compare-legend = Yeşil çerçeve: eklenen; turuncu: değişen; soluk ve kesikli: silinen. Diğer haritanın eğrileri kesiklidir.
compare-read-only = Haritayı değiştirmek için karşılaştırmadan çıkın
compare-map = Harita
compare-added = Eklendi: { $name }
compare-removed = Silindi: { $name }
compare-changed = { $name }: { $field } değişti
compare-changed-to = { $name }: { $field } “{ $old }” idi, şimdi “{ $new }”
compare-moved = { $name }: { $stage } / { $lane } konumuna taşındı
compare-reordered = { $name }: komşuları arasında yeri değişti
compare-score = { $name }: { $persona } puanı { $old } idi, şimdi { $new }
compare-no-score = yok
compare-path = Yol (başlangıç: { $from }, bitiş: { $to })
compare-path-out = harita dışı
compare-field = { $field ->
        [title] başlık
        [description] açıklama
        [state] durum
        [direction] yön
        [language] dil
        [name] ad
        [role] rol
        [goals] hedefler
        [needs] ihtiyaçlar
        [motivations] motivasyonlar
        [fears] korkular
        [color] renk
        [goal] hedef
        [questions] müşteri soruları
        [kpis] KPI'lar
        [kind] tür
        [hidden] gizli
        [body] metin
        [channel] kanal
        [severity] önem
        [tags] etiketler
        [votes] oylar
        [decision] karar noktası
        [milestone] kilometre taşı
        [image] görsel
        [photo] fotoğraf
        [triggers] tetikleyiciler
        [from] başlangıç
        [to] bitiş
        [label] etiket
        [share] pay
        [conflicts] çözülmemiş çakışmalar
        [below_lane] yer
       *[other] { $field }
    }

## Merge conflicts recorded in a map (journeymap merge), and git's own markers.
load-git-markers = git çakışma işaretleri (<<<<<<<): git bu haritayı metin olarak birleştirmiş. journeymap'i git'in birleştirme aracı olarak kurun (README, "Ekip olarak çalışmak") ve yeniden birleştirin ya da işaretleri elle kaldırın
problem-conflict-no-item = kayıtlı bir çakışma haritada olmayan { $item } hakkında
problem-conflict-item-there = kayıtlı bir çakışma { $item } burada silindi diyor, ama harita onu içeriyor
problem-conflict-no-theirs = { $item } hakkındaki kayıtlı çakışma diğer tarafın sürümünü içermiyor
problem-conflict-mismatch = { $item } hakkındaki kayıtlı çakışma diğer tarafın sürümü yerine başka bir şey içeriyor
conflict-field = { $item }: iki taraf da { $field } alanını değiştirdi
conflict-deleted-by-them = { $item }: burada değişti, diğer tarafta silindi
conflict-deleted-by-us = { $item }: burada silindi, diğer tarafta değişti
conflict-kept-in-use = { $item }: bir tarafta silindi ama diğerinde hâlâ kullanılıyor, bu yüzden tutuldu
check-conflict = çözülmemiş birleştirme çakışması: { $conflict }. Bir taraf seçmek için haritayı journeymap'te açın
picture-bad-name = “{ $name }” saklanan bir görselin adı değil (64 onaltılık rakam ve .png, .jpg, .webp ya da .gif)
picture-outside = { $path } haritanın assets klasörünün dışına çıkıyor
picture-missing = { $path } bulunamadı
picture-too-big = { $path } 50 MB'tan büyük
picture-too-many-pixels = { $path } { $width } × { $height } piksel, 64 megapikselden fazla
picture-unreadable = { $path } journeymap'in okuyabildiği bir görsel değil ({ $reason })
picture-io = { $path }: { $reason }
check-picture = uyarı: görsel { $problem }
conflict-gone = bu çakışma zaten çözüldü
conflict-cannot-restore = diğer tarafın sürümü buraya geri konamaz (ait olduğu şey artık yok); haritayı elle düzenleyin ve bizimkini tutun

## Merge conflicts in the editor
conflicts-heading = Çözülecek { $count-shown } çakışma
conflicts-hint = İki kişi aynı şeyi değiştirdi. Bizimkini tutun (ikisi de doğru değilse önce düzenleyin) ya da onlarınkini alın; her seçim geri alınabilir.
conflicts-ours = Bizimki: { $value }
conflicts-theirs = Onlarınki: { $value }
conflicts-keep-ours = Bizimkini tut ({ $n-shown })
conflicts-take-theirs = Onlarınkini al ({ $n-shown })

# Pictures on cards and persona photos
picture-choose-title = Bir resim seçin
picture-files = Resimler
picture-no-folder = Resim eklenemiyor: saklanacak bir klasör yok.
inspector-picture = Resim…
inspector-replace-picture = Resmi değiştir…
inspector-remove-picture = Resmi kaldır
inspector-picture-size = Resim: { $width-shown } × { $height-shown } piksel
personas-photo = Fotoğraf…
personas-replace-photo = Fotoğrafı değiştir…
personas-remove-photo = Fotoğrafı kaldır
personas-triggers = Tetikleyiciler (her satıra bir tane)
command-pictures = Resimler…
command-pictures-tip = Bu haritanın yanında saklanan resimler, onları kullanan haritalar ve kullanılmayanları kaldırma
pictures-heading = Resimler
pictures-folder = Saklandığı yer: { $folder }
pictures-none = Burada henüz saklanan resim yok.
pictures-name = Dosya
pictures-size = Boyut
pictures-pixels = Piksel
pictures-used-by = Kullanan
pictures-unused = kullanılmıyor
pictures-unreadable = okunamıyor
pictures-kilobytes = { $n-shown } KB
pictures-dimensions = { $width-shown } × { $height-shown }
pictures-maps-unreadable = Bu haritalar okunamadı, bu yüzden hiçbir resim kullanılmıyor sayılmaz: { $maps }
pictures-remove-unused = Kullanılmayanları kaldır ({ $n-shown })
pictures-remove-confirm = Bu klasördeki hiçbir haritanın kullanmadığı { $n-shown } resim kaldırılsın mı? Bu geri alınamaz.
pictures-remove = Kaldır
pictures-removed = { $n-shown } resim kaldırıldı.
picture-outside-folder = { $path }, onu anan dosyanın klasörünün içinde değil (mutlak yollar, .. ve dışarı çıkan bağlantılar reddedilir)
csv-pictures = { $file }: bazı resimler eklenmedi
csv-picture = satır { $line-shown }: { $problem }
mermaid-left-pictures = { $count-shown } resim
