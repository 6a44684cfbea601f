# واژه‌های خود journeymap به فارسی. هر پیام در en، fa، ar، tr و ru هست (آزمونی بررسی می‌کند).

## فرمان‌ها: نام هر فرمان (منوها، دکمه‌ها) و کاری که می‌کند (راهنماها، راهنمای ارائه).
command-new-blank = نقشهٔ خالی تازه
command-new-blank-tip = شروع یک نقشهٔ تازه و خالی
command-open = باز کردن…
command-open-tip = باز کردن نقشه، یا وارد کردن پروندهٔ Mermaid، Markdown یا CSV
command-save = ذخیره
command-save-tip = ذخیرهٔ نقشه
command-save-as = ذخیره با نام…
command-save-as-tip = ذخیرهٔ نقشه با نامی تازه
command-show-export = خروجی PNG…
command-show-export-tip = خروجی گرفتن از نقشه به‌صورت تصویر
command-export-mermaid = خروجی Mermaid…
command-export-mermaid-tip = نوشتن نقاط تماس به‌صورت سفر Mermaid
command-export-markdown = گزارش Markdown…
command-export-markdown-tip = نوشتن گزارش نقشه با Markdown
command-quit = خروج
command-quit-tip = بستن journeymap
command-undo = واگرد
command-undo-tip = واگرد آخرین تغییر
command-redo = ازنو
command-redo-tip = انجام دوبارهٔ آخرین تغییر واگردشده
command-copy-mermaid = رونوشت به‌صورت Mermaid
command-copy-mermaid-tip = گذاشتن نقشه در تخته‌یادداشت به‌صورت سفر Mermaid
command-copy-table = رونوشت به‌صورت جدول
command-copy-table-tip = گذاشتن کارت‌های برگزیده (یا همه) در تخته‌یادداشت به‌صورت جدول، برای صفحه‌گسترده
command-connect = پیوند به…
command-connect-tip = پیوند کارت برگزیده به کارتی دیگر: کلیدهای جهت آن را برمی‌گزینند، Enter پیوند می‌دهد، Esc منصرف می‌شود
command-confirm-connection = ساختن پیوند
command-confirm-connection-tip = هنگام پیوند دادن: پیوند به کارت برگزیده
command-toggle-direction = راست به چپ کن
command-toggle-direction-tip = نقشه را راست به چپ یا چپ به راست بخوان
command-delete = حذف
command-delete-tip = حذف کارت‌ها، مرحله یا خط انتخاب‌شده
command-duplicate = تکثیر
command-duplicate-tip = تکثیر کارت‌های انتخاب‌شده
command-edit-title = ویرایش عنوان روی نقشه
command-edit-title-tip = نوشتن عنوان کارت همان‌جا روی نقشه
command-select-up = انتخاب کارت بالایی
command-select-up-tip = انتخاب نزدیک‌ترین کارت بالا
command-select-down = انتخاب کارت پایینی
command-select-down-tip = انتخاب نزدیک‌ترین کارت پایین
command-select-left = انتخاب کارت چپ
command-select-left-tip = انتخاب نزدیک‌ترین کارت سمت چپ
command-select-right = انتخاب کارت راست
command-select-right-tip = انتخاب نزدیک‌ترین کارت سمت راست
command-clear-selection = برداشتن انتخاب
command-clear-selection-tip = هیچ چیز انتخاب نشود
command-fit-map = کل نقشه
command-fit-map-tip = نمایش کل نقشه
command-zoom-in = بزرگ‌نمایی
command-zoom-in-tip = یک گام بزرگ‌تر
command-zoom-out = کوچک‌نمایی
command-zoom-out-tip = یک گام کوچک‌تر
command-present = ارائه
command-present-tip = ارائهٔ نقشه در تمام صفحه، مرحله به مرحله؛ F5 دوباره بیرون می‌آید
command-next-stage = مرحلهٔ بعد
command-next-stage-tip = مرحلهٔ بعد (در نقشهٔ راست به چپ Left بعدی است؛ Page Down و Space همیشه جلو می‌روند)
command-previous-stage = مرحلهٔ قبل
command-previous-stage-tip = مرحلهٔ قبل
command-first-stage = نخستین مرحله
command-first-stage-tip = نخستین مرحله
command-last-stage = آخرین مرحله
command-last-stage-tip = آخرین مرحله
command-scroll-up = لغزش به بالا
command-scroll-up-tip = لغزاندن مرحله به بالا
command-scroll-down = لغزش به پایین
command-scroll-down-tip = لغزاندن مرحله به پایین
command-toggle-overview = نمای کلی
command-toggle-overview-tip = نمای کل نقشه و بازگشت
command-focus-next-persona = تمرکز بر پرسونا
command-focus-next-persona-tip = منحنی یک پرسونا در هر بار، سپس دوباره همه
command-capture-idea = ثبت ایده
command-capture-idea-tip = ثبت ایده در این مرحله
command-capture-next-lane = خط بعد
command-capture-next-lane-tip = هنگام ثبت: خط بعد (اول افکار، نقاط درد، فرصت‌ها)
command-capture-previous-lane = خط قبل
command-capture-previous-lane-tip = هنگام ثبت: خط قبل
command-capture-add = افزودن ایده
command-capture-add-tip = هنگام ثبت: افزودن کارت
command-capture-cancel = لغو ایده
command-capture-cancel-tip = هنگام ثبت: لغو
command-toggle-voting = رأی‌گیری
command-toggle-voting-tip = رأی‌گیری: کلیک روی کارت یک رأی می‌دهد، Shift+کلیک یکی پس می‌گیرد
command-sort-by-votes = مرتب‌سازی با رأی
command-sort-by-votes-tip = مرتب کردن نقاط درد و فرصت‌های این مرحله بر پایهٔ رأی
command-toggle-timer = زمان‌سنج
command-toggle-timer-tip = شروع / توقف زمان‌سنج
command-toggle-help = راهنمای کلیدها
command-toggle-help-tip = همین راهنما
command-back = بازگشت
command-back-tip = بستن راهنما، پایان رأی‌گیری یا بیرون آمدن از ارائه
command-toggle-direction-rtl = چپ به راست کن

## منوها، نوار ابزار و نوار وضعیت
menu-file = پرونده
menu-edit = ویرایش
menu-view = نما
menu-new-from-template = تازه از الگو
menu-language = زبان:
menu-open-recent = پرونده‌های اخیر
menu-light-map = نقشهٔ روشن
menu-dark-map = نقشهٔ تیره
menu-fit = کل نقشه
menu-title = عنوان:
menu-title-hint = عنوان نقشه
menu-title-tip = تغییر نام نقشه؛ Enter برای اعمال
menu-not-saved = هنوز ذخیره نشده
menu-unsaved = تغییرات ذخیره‌نشده
menu-drop-hint = برای باز کردن، پروندهٔ .journey.ron را اینجا رها کنید
menu-drop-pictures-hint = تصویرها را روی کارت یا پرسونای انتخاب‌شده، یا به‌صورت کارت‌های تازهٔ استوری‌بورد رها کنید

## گفت‌وگوها
dialog-save-changes = تغییرات ذخیره شود؟
dialog-save = ذخیره
dialog-dont-save = ذخیره نکن
dialog-cancel = لغو
dialog-disk-heading = پرونده روی دیسک تغییر کرده است
dialog-overwrite = بازنویسی با این نسخه
dialog-reload = بارگذاری دوباره
dialog-reload-losing = بارگذاری دوباره (تغییرات اینجا از دست می‌رود)
dialog-keep = نگه داشتن این نسخه
dialog-ok = باشد
dialog-export-heading = خروجی PNG
dialog-scale = مقیاس:
dialog-theme = پوسته:
dialog-light = روشن
dialog-dark = تیره
dialog-export = خروجی…
dialog-restore-heading = کار ذخیره‌نشده بازیابی شود؟
dialog-restore = بازیابی
dialog-discard = دور انداختن
dialog-discard-tip = حذف نسخهٔ پشتیبان
dialog-untitled = یک نقشهٔ بی‌نام

## پرونده‌ها
files-open-title = باز کردن نقشهٔ سفر مشتری
files-all-kinds = نقشه‌ها و پرونده‌های ورودی
files-map = نقشهٔ سفر مشتری
files-mermaid = سفر Mermaid
files-csv = کارت‌های CSV
files-markdown = گزارش Markdown
files-png = تصویر PNG
files-save-title = ذخیرهٔ نقشهٔ سفر مشتری
files-export-png-title = خروجی گرفتن از نقشه به PNG
files-warnings = با هشدار وارد شد
files-copied-mermaid = نقشه به‌صورت سفر Mermaid رونوشت شد
files-copied-table = { $count-shown } کارت به‌صورت جدول رونوشت شد
files-still-open = نقشه هنوز باز و ذخیره‌نشده است؛ «ذخیره با نام» را بیازمایید.
files-kept = نقشهٔ باز همان‌گونه که بود ماند.

## حالت ارائه
present-back-to-stage = O: بازگشت به مرحله
present-voting = رأی‌گیری: کلیک روی کارت (+۱)، Shift+کلیک (−۱). Esc یا V برای پایان
present-keys-hint = ? کلیدها · Esc خروج
present-idea-field = ایدهٔ تازه
present-idea-hint = بنویسید، سپس Enter
present-help-heading = کلیدهای ارائه
present-help-close = Esc یا ? برای بستن

## اجزای نقشه، آن‌گونه که صفحه‌خوان‌ها می‌نامند
canvas-untitled-card = کارت بی‌نام

## ویرایش
edit-title-needed = کارت باید عنوان داشته باشد؛ عنوان پیشین ماند.

## نوشتن عنوان روی نقشه
in-place-field = عنوان کارت روی نقشه
in-place-hint = عنوان کارت

## بازرس، پرسوناها، جعبه‌ابزار
inspector-card = کارت
inspector-title = عنوان
inspector-body = متن
inspector-stage = مرحله
inspector-lane = خط
inspector-channel = کانال
inspector-severity = شدت
inspector-tags = برچسب‌ها (جدا با ویرگول)
inspector-own-colour = رنگ ویژه
inspector-feelings = حس هر پرسونا در این نقطه
inspector-several-cards = آن‌ها را با هم به خانهٔ دیگری بکشید، یا:
inspector-lane-name = نام خط
inspector-kind = گونه
inspector-hidden = پنهان
inspector-move-up = بالاتر
inspector-move-down = پایین‌تر
inspector-delete-lane = حذف خط
inspector-map = نقشه
inspector-map-hint = برای ویرایش، روی کارت، سرعنوان مرحله یا نام خط کلیک کنید.
inspector-description = توضیح
inspector-state = وضعیت
inspector-current = کنونی (آن‌چه هست)
inspector-future = آینده (آن‌چه خواهد بود)
inspector-direction = جهت
inspector-left-to-right = چپ به راست
inspector-right-to-left = راست به چپ
inspector-language = زبان
inspector-lanes = خط‌ها (برای پنهان کردن تیک را بردارید؛ کارت‌های خط پنهان می‌مانند)
inspector-add-stage = افزودن مرحله
inspector-tips = نکته‌ها: با دوبار کلیک روی خانهٔ خالی کارت بیفزایید؛ موارد جعبه‌ابزار را روی خانه‌ها بکشید؛ کارت‌ها را میان خانه‌ها جابه‌جا کنید؛ برای انتخاب چند کارت روی جای خالی بکشید؛ با کلید میانی یا Space و کشیدن، نقشه را جابه‌جا کنید.
inspector-add-lane = افزودن خط
inspector-blueprint-lines = خط‌های نقشهٔ خدمت
inspector-line-interaction = خط تعامل
inspector-line-visibility = خط دید
inspector-line-internal = خط تعامل درونی
inspector-line-none = هیچ
inspector-line-below = زیر { $lane }
inspector-stage-name = نام مرحله
inspector-goal = هدف
inspector-questions = پرسش‌های مشتری (هر کدام در یک سطر)
inspector-kpis = شاخص‌ها
inspector-kpi-name = نام
inspector-kpi-value = مقدار
inspector-kpi-target = هدف
inspector-kpi-unit = یکا
inspector-remove-kpi = حذف این شاخص
inspector-add-kpi = افزودن شاخص
inspector-insert-before = افزودن مرحله پیش از این
inspector-insert-after = افزودن مرحله پس از این
inspector-move-earlier = زودتر
inspector-move-later = دیرتر
inspector-delete-stage = حذف مرحله
personas-heading = پرسوناها
personas-show-curve = نمایش منحنی این پرسونا
personas-active = کشیدن منحنی امتیازهای این پرسونا را تغییر می‌دهد
personas-edit = ویرایش این پرسونا
personas-add = افزودن پرسونا
personas-name = نام
personas-role = نقش
personas-colour = رنگ
personas-delete = حذف پرسونا
personas-delete-tip = پرسونا و امتیازهایش را حذف می‌کند (واگردپذیر)
palette-heading = روی نقشه بکشید:
palette-tip = روی یک خانهٔ نقشه بکشید
app-error = مشکلی پیش آمد

## پیام‌های دارای جای‌نگهدار. عدد `$n` شکل جمع را برمی‌گزیند؛ `$n-shown` همان عدد با رقم‌های زبان است.
menu-ui-language = زبان
menu-counts = { $stages-shown } { $stages ->
       *[other] مرحله
    } · { $lanes-shown } { $lanes ->
       *[other] خط
    } · { $cards-shown } { $cards ->
       *[other] کارت
    } · { $personas-shown } { $personas ->
       *[other] پرسونا
    }
menu-zoom = بزرگ‌نمایی { $percent-shown }٪
dialog-unsaved-closing = «{ $name }» تغییرات ذخیره‌نشده دارد. پیش از بستن ذخیره شود؟
dialog-unsaved-opening = «{ $name }» تغییرات ذخیره‌نشده دارد. پیش از باز کردن نقشهٔ دیگر ذخیره شود؟
dialog-changed-on-disk = «{ $name }» از زمانی که اینجا بازش کردید یا ذخیره‌اش کردید، با برنامهٔ دیگری تغییر کرده (یا حذف شده) است.
dialog-restore-text = journeymap درست بسته نشد. تغییرات ذخیره‌نشدهٔ «{ $name }» { $ago } رونوشت شد.
dialog-ago-unknown = در زمانی نامعلوم
dialog-ago-seconds = کمتر از یک دقیقه پیش
dialog-ago-minutes = { $n-shown } { $n ->
       *[other] دقیقه
    } پیش
dialog-ago-hours = { $n-shown } { $n ->
       *[other] ساعت
    } پیش
dialog-ago-days = { $n-shown } { $n ->
       *[other] روز
    } پیش
dialog-restored = تغییرات ذخیره‌نشدهٔ «{ $name }» بازیابی شد؛ برای نگه داشتن، ذخیره کنید.
dialog-damaged-copy = نسخهٔ پشتیبان آسیب دیده و باز نشد: { $error }
    در { $file } نگه داشته شده تا اگر خواستید نگاهش کنید.
app-no-template = الگویی به نام { $name } وجود ندارد.
files-imported = { $cards-shown } { $cards ->
       *[other] کارت
    } از { $file } وارد شد؛ برای نگه داشتن به‌صورت نقشه ذخیره کنید
files-export-title = خروجی: { $kind }
files-cannot-write = { $file }: نوشتن ممکن نیست: { $error }
present-counter = مرحلهٔ { $stage-shown } از { $of-shown }
present-persona = پرسونا: { $name }
present-fork = دوراهی { $n-shown } از { $count-shown }: { $card }
present-share = { $share-shown }٪
present-exits = جایی که مشتریان می‌روند
command-next-fork = دوراهی بعدی
command-next-fork-tip = دوراهی‌های این مرحله را یکی‌یکی برجسته کن: نقطهٔ تصمیم، شاخه‌هایش و سهم هر کدام
present-idea = ایدهٔ تازه · { $stage } · { $lane }   (Tab: خط بعد)
canvas-stage = مرحلهٔ { $number-shown }: { $name }
canvas-lane = خط: { $name }
canvas-point = { $persona } در «{ $card }»
inspector-cards = { $count-shown } { $count ->
       *[other] کارت
    }
inspector-score = امتیاز { $name }
inspector-none = هیچ
inspector-severity-low = کم
inspector-severity-medium = متوسط
inspector-severity-high = زیاد
personas-goals = هدف‌ها (هر کدام در یک سطر)
personas-needs = نیازها (هر کدام در یک سطر)
personas-motivations = انگیزه‌ها (هر کدام در یک سطر)
personas-fears = ترس‌ها (هر کدام در یک سطر)
palette-touchpoint = نقطهٔ تماس: { $channel }
palette-touchpoint-plain = نقطهٔ تماس
palette-action = اقدام
palette-thought = فکر
palette-pain-point = نقطهٔ درد
palette-opportunity = فرصت
palette-backstage = گام پشت صحنه
palette-emotion = احساس
palette-note = یادداشت
palette-image = قاب استوری‌بورد

## Templates
template-title-blank = نقشهٔ خالی
template-title-lifecycle = چرخهٔ عمر مشتری
template-title-buyer = سفر خریدار
template-title-full-cycle = چرخهٔ کامل
template-title-service-blueprint = نقشهٔ خدمت (بلوپرینت)
template-title-forks = دوراهی‌های مسیر
template-blank = سه مرحلهٔ خالی و خط‌های معمول
template-lifecycle = آگاهی، جذب، همراه کردن مشتری، تعامل، وفادارسازی (یک فروشگاه اینترنتی ماگ)
template-buyer = آگاهی، بررسی، تصمیم، با پرسش‌هایی که در هر مرحله باید پرسید
template-full-cycle = هشت مرحله از جست‌وجوی اطلاعات تا توصیه، با CSAT، NPS و CRR
template-service-blueprint = اقامت در هتل از رزرو تا تسویه، با خط‌های پشت صحنه
template-forks = یک خرید سازمانی با نقطه‌عطف‌ها، نقطهٔ تصمیم، انحراف‌ها و خروج به سوی رقیب

## What reading, saving and importing files says (after the file's name, or FILE:LINE:COL)
list-separator = { "؛ " }
note-listing = { $text }: { $items }
note-and-more = { $items }؛ و { $count-shown } مورد دیگر
load-cannot-read = فایل خوانده نمی‌شود: { $reason }
load-too-large = فایل { $size-shown } بایت است، بیش از سقف { $limit-shown } مگابایت؛ آیا واقعاً نقشهٔ سفر است؟
load-not-text = این فایل متنی نیست (UTF-8 نامعتبر)؛ نقشهٔ سفر به قالب RON انتظار می‌رفت
load-empty = فایل خالی است؛ نقشهٔ سفر انتظار می‌رفت
load-newer-version = نسخهٔ قالب { $found-shown } تازه‌تر از آن است که این journeymap می‌شناسد (تا { $newest-shown })؛ برای باز کردنش journeymap را به‌روز کنید
load-unknown-version = نسخهٔ قالب { $found-shown } وجود ندارد؛ ۱ تا { $newest-shown } انتظار می‌رفت
load-problems = { $problems }
save-cannot-save = ذخیره نشد: { $reason }
recovery-cannot-write = { $file }: نسخهٔ بازیابی نوشته نشد: { $reason }
recovery-failed = نسخهٔ بازیابی نوشته نشد
io-not-found = چنین فایل یا پوشه‌ای نیست ({ $system })
io-permission-denied = اجازهٔ دسترسی نیست ({ $system })
io-storage-full = دیسک پر است ({ $system })
io-read-only = این دیسک فقط‌خواندنی است ({ $system })
io-other = { $system }
io-link-to-nothing = پیوند نمادینی است به { $target } که وجود ندارد
io-folder = پوشه است، نه فایل
io-link-to-folder = پیوند نمادینی است به { $target } که پوشه است
io-link-loop = بیش از { $limit-shown } پیوند نمادین پشت سر هم (حلقه‌ای از پیوندها؟)
io-no-temporary-file = در پوشهٔ { $folder } فایل موقت ساخته نمی‌شود ({ $reason })؛ journeymap فایل تازه را کنار فایل قبلی می‌نویسد و به جایش می‌گذارد تا خرابی هرگز نیمی از فایل را باقی نگذارد: پوشه را قابل نوشتن کنید یا جای دیگری ذخیره کنید
ron-eof = فایل زودتر از انتظار تمام می‌شود؛ ادامه‌اش انتظار می‌رفت (ناقص است؟)
ron-unknown-value = مقدار ناشناختهٔ { $found }{ $kind ->
        [none] {""}
       *[other] { " " }({ $kind })
    }؛ یکی از این‌ها انتظار می‌رفت: { $expected }
ron-unknown-field = فیلد ناشناختهٔ { $found }{ $kind ->
        [none] {""}
       *[other] { " در " }{ $kind }
    }؛ یکی از این‌ها انتظار می‌رفت: { $expected }
ron-missing-field = فیلد { $field }{ $kind ->
        [none] {""}
       *[other] { " در " }{ $kind }
    } نیامده است
ron-duplicate-field = فیلد { $field }{ $kind ->
        [none] {""}
       *[other] { " در " }{ $kind }
    } دو بار آمده است
ron-number-out-of-range = عدد خارج از بازه است: عددی صحیح و نامنفی انتظار می‌رفت
ron-too-deep = متن بیش از حد تودرتوست؛ آیا واقعاً نقشهٔ سفر است؟
ron-trailing = پس از پایان نقشه باز هم متن هست
ron-expected-comma = ویرگول (,) انتظار می‌رفت
ron-unclosed-string = متنی در نشانهٔ نقل‌قول با " بسته نشده است
ron-wrong-type = { $expected } انتظار می‌رفت اما { $found } آمده است
ron-other = متن فایل درست نیست: { $detail }
score-out-of-range = امتیاز احساس { $value } خارج از بازه است: از -۲ تا +۲ انتظار می‌رفت
limit-cards = نقشه { $count-shown } کارت دارد، بیش از سقف { $limit-shown }
limit-parts = نقشه { $count-shown } { $what ->
        [stages] مرحله
        [lanes] خط
       *[personas] پرسونا
    } دارد، بیش از سقف { $limit-shown }
limit-long-field = { $what ->
        [title] عنوان
       *[description] توضیح
    } از سقف { $limit-shown } نویسه بلندتر است
limit-long-card = کارت { $what } متنی بلندتر از سقف { $limit-shown } نویسه دارد
limit-long-stage = مرحلهٔ { $what } متنی بلندتر از سقف { $limit-shown } نویسه دارد
limit-long-persona = پرسونای { $what } متنی بلندتر از سقف { $limit-shown } نویسه دارد
problem-duplicate-persona = شناسهٔ پرسونای { $id } بیش از یک بار به کار رفته است
problem-duplicate-stage = شناسهٔ مرحلهٔ { $id } بیش از یک بار به کار رفته است
problem-duplicate-lane = شناسهٔ خط { $id } بیش از یک بار به کار رفته است
problem-duplicate-card = شناسهٔ کارت { $id } بیش از یک بار به کار رفته است
problem-no-such-stage = کارت { $card } ({ $title }) در مرحلهٔ { $id } است که وجود ندارد
problem-no-such-lane = کارت { $card } ({ $title }) در خط { $id } است که وجود ندارد
problem-no-such-persona = کارت { $card } ({ $title }) به پرسونای { $id } امتیاز می‌دهد که وجود ندارد
import-unsupported = journeymap این فایل را وارد نمی‌کند؛ .mmd، .mermaid، .md، .csv، .tsv یا .txt انتظار می‌رفت
csv-column-twice = ستون "{ $column }" دو بار آمده است
csv-header-needs = سطر سرستون‌ها باید ستون‌های "stage" و "title" را داشته باشد؛ آمده است: { $found }
csv-no-stage = ستون "stage" خالی است؛ هر کارت مرحله‌ای لازم دارد
csv-no-title = ستون "title" خالی است؛ هر کارت عنوانی لازم دارد
csv-lane-at-line = "{ $lane }" (سطر { $line-shown })
csv-unknown-channel = کانال ناشناختهٔ "{ $found }"؛ یکی از این‌ها انتظار می‌رفت: { $expected }
csv-emotion-not-number = عددی صحیح از -۲ تا +۲ انتظار می‌رفت، آمده است "{ $found }"
csv-unknown-columns = { $file }: ستون‌های ناشناخته نادیده گرفته شدند (ستون‌های شناخته: { $known })
csv-unknown-lanes = { $file }: خط‌هایی از نوع ناشناخته، که خط یادداشت ساخته شدند
csv-row-length = این سطر { $fields-shown } خانه دارد اما سرستون‌ها { $expected-shown }؛ خانه‌هایی را که ویرگول دارند در نقل‌قول بگذارید
csv-not-utf8 = این سطر متن UTF-8 درستی نیست
mermaid-front-matter-open = front matter که از اینجا شروع می‌شود با `---` بسته نشده است
mermaid-expected-journey = کلیدواژهٔ `journey` انتظار می‌رفت، آمده است `{ $found }`
mermaid-directive-open = دستور `%%{"{"}` با `{"}"}%%` بسته نشده است
mermaid-description-open = `accDescr {"{"}` با `{"}"}` بسته نشده است
mermaid-refused-character = Mermaid نویسهٔ `{ $character }` را در `{ $text }` نمی‌پذیرد؛ به جایش `{ $entity }` بنویسید
mermaid-expected-statement = `title TEXT`، `section NAME` یا `Task: score: actor, actor` انتظار می‌رفت، آمده است `{ $found }`
mermaid-expected-score = پس از `{ $task }:` امتیازی از ۱ تا ۵ انتظار می‌رفت، آمده است `{ $found }`
mermaid-score-out-of-range = امتیاز { $score } خارج از بازه است: امتیازهای Mermaid از ۱ تا ۵ است
mermaid-no-journey = سفر Mermaid پیدا نشد: سطری با `journey` انتظار می‌رفت
mermaid-no-journey-block = هیچ‌یک از بلوک‌های ```mermaid سفری ندارد
mermaid-empty = { $file }: سفر هیچ بخش یا کاری ندارد
mermaid-extra-fields = { $file }: کارهایی با بیش از دو `:`؛ متن پس از سومی، مانند خود Mermaid، نادیده گرفته شد، در سطرهای
mermaid-left-out = در Mermaid نیامد، چون جایش را ندارد: { $what }
mermaid-left-cards = { $count-shown } کارت در خط‌هایی جز نقاط تماس
mermaid-left-bodies = متن { $count-shown } کارت
mermaid-left-channels = { $count-shown } کانال
mermaid-left-kpis = { $count-shown } شاخص
mermaid-left-goals = هدف‌ها و پرسش‌های { $count-shown } مرحله
mermaid-left-roles = نقش { $count-shown } پرسونا
mermaid-unscored = { $count-shown } نقطهٔ تماس امتیاز ندارد؛ با امتیاز خنثای ۳ و بی‌بازیگر نوشته شد
mermaid-disagree = پرسوناها بر سر { $count-shown } نقطهٔ تماس هم‌نظر نیستند؛ با میانگین گردشده نوشته شد
paste-not-cards = در تخته‌یادداشت کارت journeymap نیست؛ چیزی چسبانده نشد.
paste-no-cards = در تخته‌یادداشت هیچ کارتی نیست؛ چیزی چسبانده نشد.
edit-last-stage = آخرین مرحله را نمی‌توان حذف کرد: هر نقشه دست‌کم یک مرحله لازم دارد.
edit-last-lane = آخرین خط را نمی‌توان حذف کرد: هر نقشه دست‌کم یک خط لازم دارد.
export-bad-scale = مقیاس { $scale } پشتیبانی نمی‌شود: عددی از 0.25 تا 8 انتظار می‌رفت
export-too-large = تصویر { $width-shown }×{ $height-shown } پیکسل می‌شد، بزرگ‌تر از آنچه خروجی می‌سازد؛ مقیاس کوچک‌تری برگزینید
export-cannot-write = فایل PNG نوشته نشد: { $reason }
csv-column = ستون "{ $column }": { $reason }
csv-votes = تعداد رأی به صورت عدد صحیح انتظار می‌رفت، آمده است "{ $found }"
csv-colour = رنگ به صورت #rrggbb انتظار می‌رفت، آمده است "{ $found }"
csv-severity = شدت ناشناختهٔ "{ $found }"؛ کم، متوسط یا زیاد انتظار می‌رفت
csv-unknown-lane-kind = نوع خط ناشناختهٔ "{ $found }"
table-not-encoding = این متن { $encoding } نیست
table-no-separator = سطر سرستون‌ها ویرگول، نقطه‌ویرگول یا تب ندارد، پس ستون‌ها از هم جدا نمی‌شوند؛ جداکننده را با --separator برگزینید
table-unsure-encoding = کدگذاری معلوم نیست؛ می‌تواند { $choices } باشد: یکی را با --encoding برگزینید
table-unsure-separator = معلوم نیست ستون‌ها با چه جدا شده‌اند؛ با { $choices }: با --separator برگزینید
table-empty = فایل خالی است؛ سطر سرستون‌ها و برای هر کارت یک سطر انتظار می‌رفت
table-question-heading = این فایل چگونه نوشته شده است؟
table-question-text = journeymap نمی‌تواند بگوید { $file } چگونه نوشته شده است. خوانشی را برگزینید که واژه‌ها و ستون‌هایش درست به نظر می‌رسند:
table-question-import = وارد کردن
table-question-reading = { $encoding } · ستون‌ها با { $separator }
table-question-tab = تب
problem-duplicate-connection = شناسهٔ پیوند { $id } بیش از یک بار به کار رفته است
problem-connection-no-card = پیوند { $connection } از کارت { $card } یا به آن می‌رود که وجود ندارد
problem-connection-to-itself = پیوند { $connection } از یک کارت به همان کارت می‌رود
problem-connection-no-target = پیوند { $connection } کارت مقصد ندارد؛ فقط خروج می‌تواند از نقشه بیرون برود
problem-connection-share = سهم پیوند { $connection } بیش از ۱۰۰٪ است
problem-connection-duplicate = پیوند { $connection } تکرار پیوند دیگری از همان نوع میان همان کارت‌هاست
problem-line-no-lane = خط بلوپرینت { $line } زیر خط { $lane } است که وجود ندارد
problem-line-twice = خط بلوپرینت { $line } دو بار در نقشه آمده است
limit-connections = نقشه { $count-shown } پیوند دارد، بیش از سقف { $limit-shown }
limit-long-connection = برچسب پیوند { $what } از سقف { $limit-shown } نویسه بلندتر است
mermaid-left-connections = { $count-shown } پیوند
csv-flag = برای گذاشتن نشان 1 یا بله انتظار می‌رفت (خالی یا 0 برای نگذاشتن)، آمده است "{ $found }"
csv-unknown-next = { $file }: ستون "next" نام هیچ کارتی از جدول نیست؛ پیوندی ساخته نشد برای
inspector-decision = نقطهٔ تصمیم
inspector-milestone = نقطهٔ عطف
canvas-connect-handle = پیوند به کارتی دیگر (روی آن بکشید، یا برای خروج به بیرون لبهٔ نقشه)
connection-next = گام بعد
connection-alternative = مسیر دیگر
connection-exit = خروج
connection-triggers = کاری را راه می‌اندازد
inspector-connection = پیوند
inspector-connection-ends = از { $from } به { $to }
inspector-connection-leaves = از { $from }، بیرون از نقشه
inspector-connection-label = برچسب
inspector-connection-share = سهم مشتریان (٪)
canvas-connection = { $ends }، { $kind }
canvas-connection-labelled = { $ends }، { $kind }: { $label }
canvas-connect-to = پیوند به…
canvas-connect-exit = خروج از نقشه

## The legend of a diff picture (journeymap diff -o), in the map's language.
diff-legend-heading = تغییرات از { $old } تا { $new }
diff-legend-added = افزوده ({ $count-shown })
diff-legend-changed = تغییریافته ({ $count-shown })
diff-legend-removed = حذف‌شده ({ $count-shown })
diff-legend-old-curves = منحنی‌های احساس پیشین

## Compare mode (File › Compare with…)
command-compare = مقایسه با…
command-compare-tip = نمایش تغییرات میان این نقشه و نقشه‌ای دیگر: نقشهٔ وضع موجود و وضع مطلوب، یا نسخه‌ای قدیمی‌تر
command-leave-compare = خروج از مقایسه
command-leave-compare-tip = بازگشت به ویرایش نقشه؛ مقایسه چیزی را در آن تغییر نداده است
compare-heading = مقایسه با { $file }
compare-summary = { $count ->
        [0] بدون تغییر
       *[other] { $count-shown } تغییر
    }
compare-legend = کادر سبز: افزوده؛ نارنجی: تغییریافته؛ کم‌رنگ و خط‌چین: حذف‌شده. منحنی‌های نقشهٔ دیگر خط‌چین‌اند.
compare-read-only = برای تغییر نقشه از مقایسه خارج شوید
compare-map = نقشه
compare-added = افزوده: { $name }
compare-removed = حذف‌شده: { $name }
compare-changed = { $name }: { $field } تغییر کرد
compare-changed-to = { $name }: { $field } «{ $old }» بود، اکنون «{ $new }»
compare-moved = { $name }: به { $stage } / { $lane } منتقل شد
compare-reordered = { $name }: جایش میان همسایه‌ها عوض شد
compare-score = { $name }: امتیاز { $persona } { $old } بود، اکنون { $new }
compare-no-score = هیچ
compare-path = مسیر از { $from } به { $to }
compare-path-out = بیرون از نقشه
compare-field = { $field ->
        [title] عنوان
        [description] توضیح
        [state] وضعیت
        [direction] جهت
        [language] زبان
        [name] نام
        [role] نقش
        [goals] اهداف
        [needs] نیازها
        [motivations] انگیزه‌ها
        [fears] ترس‌ها
        [color] رنگ
        [goal] هدف
        [questions] پرسش‌های مشتری
        [kpis] شاخص‌ها
        [kind] نوع
        [hidden] پنهان
        [body] متن
        [channel] کانال
        [severity] شدت
        [tags] برچسب‌ها
        [votes] رأی‌ها
        [decision] نقطهٔ تصمیم
        [milestone] نقطهٔ عطف
        [image] تصویر
        [photo] عکس
        [triggers] محرک‌ها
        [from] آغاز
        [to] پایان
        [label] برچسب
        [share] سهم
        [conflicts] تعارض‌های حل‌نشده
        [below_lane] جایگاه
       *[other] { $field }
    }

## Merge conflicts recorded in a map (journeymap merge), and git's own markers.
load-git-markers = نشانه‌های تعارض git (<<<<<<<): git این نقشه را مثل متن ادغام کرده است. journeymap را به‌عنوان ابزار ادغام git تنظیم کنید (README، «کار گروهی») و دوباره ادغام کنید، یا نشانه‌ها را دستی پاک کنید
problem-conflict-no-item = یک تعارض ثبت‌شده دربارهٔ { $item } است که در نقشه نیست
problem-conflict-item-there = یک تعارض ثبت‌شده می‌گوید { $item } اینجا حذف شده، اما در نقشه هست
problem-conflict-no-theirs = یک تعارض ثبت‌شده دربارهٔ { $item } نسخهٔ طرف دیگر را ندارد
problem-conflict-mismatch = یک تعارض ثبت‌شده دربارهٔ { $item } چیز دیگری را به‌جای نسخهٔ طرف دیگر دارد
conflict-field = { $item }: هر دو طرف { $field } را تغییر داده‌اند
conflict-deleted-by-them = { $item }: اینجا تغییر کرده، در طرف دیگر حذف شده
conflict-deleted-by-us = { $item }: اینجا حذف شده، در طرف دیگر تغییر کرده
conflict-kept-in-use = { $item }: در یک طرف حذف شده ولی در طرف دیگر هنوز به کار می‌رود، پس نگه داشته شد
check-conflict = تعارض ادغامِ حل‌نشده: { $conflict }. نقشه را در journeymap باز کنید و یک طرف را برگزینید
picture-bad-name = «{ $name }» نام تصویری ذخیره‌شده نیست (۶۴ رقم شانزده‌دهی و ‎.png، ‎.jpg، ‎.webp یا ‎.gif)
picture-outside = { $path } به بیرون از پوشهٔ assets نقشه راه می‌برد
picture-missing = { $path } پیدا نشد
picture-too-big = { $path } بیش از ۵۰ مگابایت است
picture-too-many-pixels = { $path } { $width } × { $height } پیکسل است، بیش از ۶۴ مگاپیکسل
picture-unreadable = { $path } تصویری نیست که journeymap بتواند بخواند ({ $reason })
picture-io = { $path }: { $reason }
check-picture = هشدار: تصویر { $problem }
conflict-gone = این تعارض پیش‌تر حل شده است
conflict-cannot-restore = نسخهٔ طرف دیگر را نمی‌توان اینجا برگرداند (آنچه به آن تعلق دارد دیگر نیست)؛ نقشه را دستی ویرایش کنید و نسخهٔ خودمان را نگه دارید

## Merge conflicts in the editor
conflicts-heading = { $count-shown } تعارض برای حل
conflicts-hint = دو نفر یک چیز را تغییر داده‌اند. نسخهٔ خودمان را نگه دارید (اگر هیچ‌کدام درست نیست، اول ویرایشش کنید) یا نسخهٔ آن‌ها را بگیرید؛ هر انتخاب برگشت‌پذیر است.
conflicts-ours = مال ما: { $value }
conflicts-theirs = مال آن‌ها: { $value }
conflicts-keep-ours = نگه‌داشتن مال ما ({ $n-shown })
conflicts-take-theirs = گرفتن مال آن‌ها ({ $n-shown })

# Pictures on cards and persona photos
picture-choose-title = انتخاب تصویر
picture-files = تصویرها
picture-no-folder = تصویر را نمی‌توان افزود: پوشه‌ای برای نگه‌داشتن آن نیست.
inspector-picture = تصویر…
inspector-replace-picture = جایگزینی تصویر…
inspector-remove-picture = حذف تصویر
inspector-picture-size = تصویر: { $width-shown } × { $height-shown } پیکسل
personas-photo = عکس…
personas-replace-photo = جایگزینی عکس…
personas-remove-photo = حذف عکس
personas-triggers = محرک‌ها (هر کدام در یک سطر)
command-pictures = تصویرها…
command-pictures-tip = تصویرهایی که کنار این نقشه نگه داشته شده‌اند، نقشه‌هایی که از آن‌ها استفاده می‌کنند، و حذف تصویرهای بی‌استفاده
pictures-heading = تصویرها
pictures-folder = نگه‌داری‌شده در { $folder }
pictures-none = هنوز تصویری اینجا نگه داشته نشده است.
pictures-name = فایل
pictures-size = حجم
pictures-pixels = پیکسل
pictures-used-by = استفاده‌شده در
pictures-unused = بی‌استفاده
pictures-unreadable = خواندنی نیست
pictures-kilobytes = { $n-shown } کیلوبایت
pictures-dimensions = { $width-shown } × { $height-shown }
pictures-maps-unreadable = این نقشه‌ها خوانده نشدند، پس هیچ تصویری بی‌استفاده شمرده نمی‌شود: { $maps }
pictures-remove-unused = حذف بی‌استفاده‌ها ({ $n-shown })
pictures-remove-confirm = { $n-shown } تصویری که هیچ نقشه‌ای در این پوشه از آن استفاده نمی‌کند حذف شود؟ این کار برگشت‌پذیر نیست.
pictures-remove = حذف
pictures-removed = { $n-shown } تصویر حذف شد.
picture-outside-folder = { $path } درون پوشهٔ فایلی که نامش را آورده نیست (مسیر مطلق، .. و پیوندی که به بیرون می‌رود پذیرفته نمی‌شود)
csv-pictures = { $file }: برخی تصویرها افزوده نشدند
csv-picture = سطر { $line-shown }: { $problem }
mermaid-left-pictures = { $count-shown } تصویر
