# كلمات journeymap نفسها بالعربية. كل رسالة موجودة في en وfa وar وtr وru (يتحقق من ذلك اختبار).

## الأوامر: اسم كل أمر (القوائم والأزرار) وما يفعله (التلميحات ومساعدة العرض).
command-new-blank = خريطة فارغة جديدة
command-new-blank-tip = بدء خريطة جديدة فارغة
command-open = فتح…
command-open-tip = فتح خريطة، أو استيراد ملف Mermaid أو Markdown أو CSV
command-save = حفظ
command-save-tip = حفظ الخريطة
command-save-as = حفظ باسم…
command-save-as-tip = حفظ الخريطة باسم جديد
command-show-export = تصدير PNG…
command-show-export-tip = تصدير الخريطة صورةً
command-export-mermaid = تصدير Mermaid…
command-export-mermaid-tip = كتابة نقاط الاتصال رحلةَ Mermaid
command-export-markdown = تقرير Markdown…
command-export-markdown-tip = كتابة تقرير عن الخريطة بصيغة Markdown
command-quit = خروج
command-quit-tip = إغلاق journeymap
command-undo = تراجع
command-undo-tip = التراجع عن آخر تغيير
command-redo = إعادة
command-redo-tip = إعادة آخر تغيير تم التراجع عنه
command-copy-mermaid = نسخ بصيغة Mermaid
command-copy-mermaid-tip = وضع الخريطة في الحافظة رحلةَ Mermaid
command-copy-table = نسخ كجدول
command-copy-table-tip = وضع البطاقات المحددة (أو كلها) في الحافظة جدولًا، لجدول بيانات
command-connect = ربط بـ…
command-connect-tip = اربط البطاقة المحددة بأخرى: مفاتيح الأسهم تختارها، وEnter يربط، وEsc يلغي
command-confirm-connection = إنشاء الرابط
command-confirm-connection-tip = أثناء الربط: اربط بالبطاقة المختارة
command-toggle-direction = من اليمين إلى اليسار
command-toggle-direction-tip = اجعل الخريطة تُقرأ من اليمين إلى اليسار أو من اليسار إلى اليمين
command-delete = حذف
command-delete-tip = حذف البطاقات أو المرحلة أو المسار المحدد
command-duplicate = تكرار
command-duplicate-tip = تكرار البطاقات المحددة
command-edit-title = تعديل العنوان على الخريطة
command-edit-title-tip = كتابة عنوان البطاقة في مكانها على الخريطة
command-select-up = تحديد البطاقة العليا
command-select-up-tip = تحديد أقرب بطاقة في الأعلى
command-select-down = تحديد البطاقة السفلى
command-select-down-tip = تحديد أقرب بطاقة في الأسفل
command-select-left = تحديد البطاقة اليسرى
command-select-left-tip = تحديد أقرب بطاقة على اليسار
command-select-right = تحديد البطاقة اليمنى
command-select-right-tip = تحديد أقرب بطاقة على اليمين
command-clear-selection = إلغاء التحديد
command-clear-selection-tip = عدم تحديد أي شيء
command-fit-map = الخريطة كاملة
command-fit-map-tip = عرض الخريطة كاملة
command-zoom-in = تكبير
command-zoom-in-tip = تكبير خطوة واحدة
command-zoom-out = تصغير
command-zoom-out-tip = تصغير خطوة واحدة
command-present = عرض
command-present-tip = عرض الخريطة بملء الشاشة مرحلةً بعد مرحلة؛ F5 مرة أخرى للخروج
command-next-stage = المرحلة التالية
command-next-stage-tip = المرحلة التالية (في خريطة من اليمين إلى اليسار Left هو التالي؛ Page Down وSpace تتقدمان دائمًا)
command-previous-stage = المرحلة السابقة
command-previous-stage-tip = المرحلة السابقة
command-first-stage = المرحلة الأولى
command-first-stage-tip = المرحلة الأولى
command-last-stage = المرحلة الأخيرة
command-last-stage-tip = المرحلة الأخيرة
command-scroll-up = تمرير لأعلى
command-scroll-up-tip = تمرير المرحلة لأعلى
command-scroll-down = تمرير لأسفل
command-scroll-down-tip = تمرير المرحلة لأسفل
command-toggle-overview = نظرة عامة
command-toggle-overview-tip = نظرة عامة على الخريطة كلها، ثم العودة
command-focus-next-persona = التركيز على شخصية
command-focus-next-persona-tip = منحنى شخصية واحدة كل مرة، ثم الجميع مجددًا
command-capture-idea = تسجيل فكرة
command-capture-idea-tip = تسجيل فكرة في هذه المرحلة
command-capture-next-lane = المسار التالي
command-capture-next-lane-tip = أثناء التسجيل: المسار التالي (الأفكار ونقاط الألم والفرص أولًا)
command-capture-previous-lane = المسار السابق
command-capture-previous-lane-tip = أثناء التسجيل: المسار السابق
command-capture-add = إضافة الفكرة
command-capture-add-tip = أثناء التسجيل: إضافة البطاقة
command-capture-cancel = إلغاء الفكرة
command-capture-cancel-tip = أثناء التسجيل: إلغاء
command-toggle-voting = التصويت
command-toggle-voting-tip = التصويت: النقر على بطاقة يمنحها صوتًا، وShift+النقر يستعيد صوتًا
command-sort-by-votes = الترتيب حسب الأصوات
command-sort-by-votes-tip = ترتيب نقاط الألم والفرص في هذه المرحلة حسب الأصوات
command-toggle-timer = المؤقت
command-toggle-timer-tip = تشغيل / إيقاف المؤقت
command-toggle-help = مساعدة المفاتيح
command-toggle-help-tip = هذه المساعدة
command-back = رجوع
command-back-tip = إغلاق المساعدة، أو إنهاء التصويت، أو الخروج من العرض
command-toggle-direction-rtl = من اليسار إلى اليمين

## القوائم وشريط الأدوات وشريط الحالة
menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-new-from-template = جديد من قالب
menu-language = اللغة:
menu-open-recent = الملفات الأخيرة
menu-light-map = خريطة فاتحة
menu-dark-map = خريطة داكنة
menu-fit = الخريطة كاملة
menu-title = العنوان:
menu-title-hint = عنوان الخريطة
menu-title-tip = إعادة تسمية الخريطة؛ Enter للتطبيق
menu-not-saved = لم تُحفظ بعد
menu-unsaved = تغييرات غير محفوظة
menu-drop-hint = أفلت ملف .journey.ron هنا لفتحه
menu-drop-pictures-hint = أفلت الصور على البطاقة أو الشخصية المحددة، أو كبطاقات جديدة في لوحة القصة

## مربعات الحوار
dialog-save-changes = حفظ التغييرات؟
dialog-save = حفظ
dialog-dont-save = عدم الحفظ
dialog-cancel = إلغاء
dialog-disk-heading = تغيّر الملف على القرص
dialog-overwrite = الكتابة فوقه بهذه النسخة
dialog-reload = إعادة التحميل
dialog-reload-losing = إعادة التحميل (تضيع التغييرات التي أُجريت هنا)
dialog-keep = الإبقاء على هذه النسخة
dialog-ok = حسنًا
dialog-export-heading = تصدير PNG
dialog-scale = المقياس:
dialog-theme = السمة:
dialog-light = فاتحة
dialog-dark = داكنة
dialog-export = تصدير…
dialog-restore-heading = استعادة العمل غير المحفوظ؟
dialog-restore = استعادة
dialog-discard = تجاهل
dialog-discard-tip = حذف النسخة الاحتياطية
dialog-untitled = خريطة بلا عنوان

## الملفات
files-open-title = فتح خريطة رحلة عميل
files-all-kinds = الخرائط وملفات الاستيراد
files-map = خريطة رحلة عميل
files-mermaid = رحلة Mermaid
files-csv = بطاقات CSV
files-markdown = تقرير Markdown
files-png = صورة PNG
files-save-title = حفظ خريطة رحلة العميل
files-export-png-title = تصدير الخريطة بصيغة PNG
files-warnings = تم الاستيراد مع تحذيرات
files-copied-mermaid = نُسخت الخريطة رحلةَ Mermaid
files-copied-table = نُسخت { $count-shown } { $count ->
        [one] بطاقة
        [two] بطاقتان
        [few] بطاقات
       *[other] بطاقة
    } كجدول
files-still-open = الخريطة ما زالت مفتوحة وغير محفوظة؛ جرّب «حفظ باسم».
files-kept = بقيت الخريطة المفتوحة كما كانت.

## وضع العرض
present-back-to-stage = O: العودة إلى المرحلة
present-voting = التصويت: انقر بطاقة (+١)، Shift+النقر (−١). Esc أو V للإيقاف
present-keys-hint = ? المفاتيح · Esc خروج
present-idea-field = فكرة جديدة
present-idea-hint = اكتب ثم Enter
present-help-heading = مفاتيح العرض
present-help-close = Esc أو ? للإغلاق

## عناصر الخريطة كما تسمّيها قارئات الشاشة
canvas-untitled-card = بطاقة بلا عنوان

## التحرير
edit-title-needed = يجب أن يكون للبطاقة عنوان؛ بقي العنوان القديم.

## كتابة عنوان على الخريطة
in-place-field = عنوان البطاقة على الخريطة
in-place-hint = عنوان البطاقة

## المفتش والشخصيات ولوحة العناصر
inspector-card = بطاقة
inspector-title = العنوان
inspector-body = النص
inspector-stage = المرحلة
inspector-lane = المسار
inspector-channel = القناة
inspector-severity = الشدة
inspector-tags = الوسوم (مفصولة بفواصل)
inspector-own-colour = لون خاص
inspector-feelings = ما تشعر به كل شخصية هنا
inspector-several-cards = اسحبها معًا إلى خلية أخرى، أو:
inspector-lane-name = اسم المسار
inspector-kind = النوع
inspector-hidden = مخفي
inspector-move-up = إلى الأعلى
inspector-move-down = إلى الأسفل
inspector-delete-lane = حذف المسار
inspector-map = الخريطة
inspector-map-hint = انقر بطاقةً أو عنوان مرحلة أو اسم مسار لتعديله.
inspector-description = الوصف
inspector-state = الحالة
inspector-current = الحالية (كما هي)
inspector-future = المستقبلية (كما ستكون)
inspector-direction = الاتجاه
inspector-left-to-right = من اليسار إلى اليمين
inspector-right-to-left = من اليمين إلى اليسار
inspector-language = اللغة
inspector-lanes = المسارات (أزل العلامة لإخفاء مسار؛ تبقى بطاقات المسارات المخفية)
inspector-add-stage = إضافة مرحلة
inspector-tips = نصائح: انقر نقرًا مزدوجًا على خلية فارغة لإضافة بطاقة؛ اسحب عناصر اللوحة إلى الخلايا؛ اسحب البطاقات بين الخلايا؛ اسحب على مكان فارغ لتحديد عدة بطاقات؛ اسحب بالزر الأوسط أو مع Space لتحريك الخريطة.
inspector-add-lane = إضافة مسار
inspector-blueprint-lines = خطوط مخطط الخدمة
inspector-line-interaction = خط التفاعل
inspector-line-visibility = خط الرؤية
inspector-line-internal = خط التفاعل الداخلي
inspector-line-none = لا شيء
inspector-line-below = تحت { $lane }
inspector-stage-name = اسم المرحلة
inspector-goal = الهدف
inspector-questions = أسئلة العميل (سؤال في كل سطر)
inspector-kpis = المؤشرات
inspector-kpi-name = الاسم
inspector-kpi-value = القيمة
inspector-kpi-target = الهدف
inspector-kpi-unit = الوحدة
inspector-remove-kpi = حذف هذا المؤشر
inspector-add-kpi = إضافة مؤشر
inspector-insert-before = إدراج مرحلة قبلها
inspector-insert-after = إدراج مرحلة بعدها
inspector-move-earlier = إلى الأمام
inspector-move-later = إلى الخلف
inspector-delete-stage = حذف المرحلة
personas-heading = الشخصيات
personas-show-curve = إظهار منحنى هذه الشخصية
personas-active = سحب المنحنى يغيّر درجات هذه الشخصية
personas-edit = تعديل هذه الشخصية
personas-add = إضافة شخصية
personas-name = الاسم
personas-role = الدور
personas-colour = اللون
personas-delete = حذف الشخصية
personas-delete-tip = يحذف الشخصية ودرجاتها (يمكن التراجع)
palette-heading = اسحب إلى الخريطة:
palette-tip = اسحب إلى خلية في الخريطة
app-error = حدث خطأ ما

## رسائل فيها عناصر نائبة. العدد `$n` يختار صيغة الجمع؛ `$n-shown` هو العدد نفسه بأرقام اللغة.
menu-ui-language = اللغة
menu-counts = { $stages-shown } { $stages ->
        [one] مرحلة
        [two] مرحلتان
        [few] مراحل
       *[other] مرحلة
    } · { $lanes-shown } { $lanes ->
        [one] مسار
        [two] مساران
        [few] مسارات
       *[other] مسار
    } · { $cards-shown } { $cards ->
        [one] بطاقة
        [two] بطاقتان
        [few] بطاقات
       *[other] بطاقة
    } · { $personas-shown } { $personas ->
        [one] شخصية
        [two] شخصيتان
        [few] شخصيات
       *[other] شخصية
    }
menu-zoom = التكبير { $percent-shown }٪
dialog-unsaved-closing = في «{ $name }» تغييرات غير محفوظة. هل تحفظها قبل الإغلاق؟
dialog-unsaved-opening = في «{ $name }» تغييرات غير محفوظة. هل تحفظها قبل فتح خريطة أخرى؟
dialog-changed-on-disk = غيّر برنامج آخر «{ $name }» (أو حذفه) منذ فتحته أو حفظته هنا.
dialog-restore-text = لم يُغلق journeymap بشكل سليم. نُسخت التغييرات غير المحفوظة في «{ $name }» { $ago }.
dialog-ago-unknown = في وقت غير معروف
dialog-ago-seconds = قبل أقل من دقيقة
dialog-ago-minutes = قبل { $n-shown } { $n ->
        [one] دقيقة
        [two] دقيقتين
        [few] دقائق
       *[other] دقيقة
    }
dialog-ago-hours = قبل { $n-shown } { $n ->
        [one] ساعة
        [two] ساعتين
        [few] ساعات
       *[other] ساعة
    }
dialog-ago-days = قبل { $n-shown } { $n ->
        [one] يوم
        [two] يومين
        [few] أيام
       *[other] يوم
    }
dialog-restored = استُعيدت التغييرات غير المحفوظة في «{ $name }»؛ احفظها للإبقاء عليها.
dialog-damaged-copy = النسخة الاحتياطية تالفة ولم تُفتح: { $error }
    أُبقيت في { $file } إن أردت الاطلاع عليها.
app-no-template = لا يوجد قالب باسم { $name }.
files-imported = استُوردت { $cards-shown } { $cards ->
        [one] بطاقة
        [two] بطاقتان
        [few] بطاقات
       *[other] بطاقة
    } من { $file }؛ احفظها للإبقاء عليها خريطةً
files-export-title = تصدير: { $kind }
files-cannot-write = { $file }: تتعذر الكتابة: { $error }
present-counter = المرحلة { $stage-shown } من { $of-shown }
present-persona = الشخصية: { $name }
present-fork = المفترق { $n-shown } من { $count-shown }: { $card }
present-share = { $share-shown }٪
present-exits = حيث يغادر العملاء
command-next-fork = المفترق التالي
command-next-fork-tip = أبرز مفترقات هذه المرحلة واحدًا تلو الآخر: نقطة القرار وفروعها ونسبة كل منها
present-idea = فكرة جديدة · { $stage } · { $lane }   (Tab: المسار التالي)
canvas-stage = المرحلة { $number-shown }: { $name }
canvas-lane = المسار: { $name }
canvas-point = { $persona } عند «{ $card }»
inspector-cards = { $count-shown } { $count ->
        [one] بطاقة
        [two] بطاقتان
        [few] بطاقات
       *[other] بطاقة
    }
inspector-score = درجة { $name }
inspector-none = لا شيء
inspector-severity-low = منخفضة
inspector-severity-medium = متوسطة
inspector-severity-high = عالية
personas-goals = الأهداف (هدف في كل سطر)
personas-needs = الاحتياجات (واحد في كل سطر)
personas-motivations = الدوافع (واحد في كل سطر)
personas-fears = المخاوف (واحد في كل سطر)
palette-touchpoint = نقطة اتصال: { $channel }
palette-touchpoint-plain = نقطة اتصال
palette-action = إجراء
palette-thought = فكرة
palette-pain-point = نقطة ألم
palette-opportunity = فرصة
palette-backstage = خطوة خلف الكواليس
palette-emotion = شعور
palette-note = ملاحظة
palette-image = إطار لوحة القصة

## Templates
template-title-blank = خريطة فارغة
template-title-lifecycle = دورة حياة العميل
template-title-buyer = رحلة المشتري
template-title-full-cycle = الدورة الكاملة
template-title-service-blueprint = مخطط الخدمة
template-title-forks = مفترقات الطريق
template-blank = ثلاث مراحل فارغة والمسارات المعتادة
template-lifecycle = الوعي، الاستحواذ، الترحيب بالعميل، التفاعل، المناصرة (متجر أكواب إلكتروني)
template-buyer = الوعي، الدراسة، القرار، مع الأسئلة التي تُطرح في كل مرحلة
template-full-cycle = ثماني مراحل من البحث عن المعلومات إلى التوصية، مع CSAT وNPS وCRR
template-service-blueprint = إقامة في فندق من الحجز إلى المغادرة، مع مسارات خلف الكواليس
template-forks = شراء بين الشركات مع معالم ونقطة قرار وتحويلات ومخارج نحو منافس

## What reading, saving and importing files says (after the file's name, or FILE:LINE:COL)
list-separator = { "؛ " }
note-listing = { $text }: { $items }
note-and-more = { $items }؛ و{ $count-shown } غيرها
load-cannot-read = تتعذر قراءة الملف: { $reason }
load-too-large = حجم الملف { $size-shown } بايت، أكثر من الحد البالغ { $limit-shown } ميغابايت؛ هل هو حقًا خريطة رحلة؟
load-not-text = هذا ليس ملفًا نصيًا (UTF-8 غير صالح)؛ كان المتوقع خريطة رحلة بصيغة RON
load-empty = الملف فارغ؛ كان المتوقع خريطة رحلة
load-newer-version = إصدار الصيغة { $found-shown } أحدث مما يفهمه journeymap هذا (حتى { $newest-shown })؛ حدّث journeymap لفتحه
load-unknown-version = إصدار الصيغة { $found-shown } غير موجود؛ المتوقع من ١ إلى { $newest-shown }
load-problems = { $problems }
save-cannot-save = تعذر الحفظ: { $reason }
recovery-cannot-write = { $file }: تتعذر كتابة نسخة الاستعادة: { $reason }
recovery-failed = تعذرت كتابة نسخة الاستعادة
io-not-found = لا يوجد ملف أو مجلد بهذا الاسم ({ $system })
io-permission-denied = الإذن مرفوض ({ $system })
io-storage-full = القرص ممتلئ ({ $system })
io-read-only = هذا القرص للقراءة فقط ({ $system })
io-other = { $system }
io-link-to-nothing = إنه رابط رمزي إلى { $target }، وهو غير موجود
io-folder = إنه مجلد، لا ملف
io-link-to-folder = إنه رابط رمزي إلى { $target }، وهو مجلد
io-link-loop = أكثر من { $limit-shown } رابطًا رمزيًا متتاليًا (حلقة من الروابط؟)
io-no-temporary-file = يتعذر إنشاء ملف مؤقت في المجلد { $folder } ({ $reason })؛ يكتب journeymap ملفًا جديدًا بجانب القديم ثم يضعه مكانه، كي لا يترك أي انهيار نصف ملف: اجعل المجلد قابلًا للكتابة، أو احفظ في مكان آخر
ron-eof = ينتهي الملف قبل أوانه؛ كان المتوقع المزيد (هل هو مبتور؟)
ron-unknown-value = قيمة غير معروفة { $found }{ $kind ->
        [none] {""}
       *[other] { " " }({ $kind })
    }؛ المتوقع واحدة من: { $expected }
ron-unknown-field = حقل غير معروف { $found }{ $kind ->
        [none] {""}
       *[other] { " في " }{ $kind }
    }؛ المتوقع واحد من: { $expected }
ron-missing-field = الحقل { $field } مفقود{ $kind ->
        [none] {""}
       *[other] { " في " }{ $kind }
    }
ron-duplicate-field = الحقل { $field } مكرر{ $kind ->
        [none] {""}
       *[other] { " في " }{ $kind }
    }
ron-number-out-of-range = رقم خارج النطاق: المتوقع عدد صحيح غير سالب
ron-too-deep = النص متداخل أكثر مما ينبغي؛ هل هو حقًا خريطة رحلة؟
ron-trailing = يوجد نص بعد نهاية الخريطة
ron-expected-comma = كان المتوقع فاصلة (,)
ron-unclosed-string = نص بين علامتي اقتباس لم يُغلق بـ "
ron-wrong-type = كان المتوقع { $expected } لكن وُجد { $found }
ron-other = نص الملف غير صحيح: { $detail }
score-out-of-range = درجة الشعور { $value } خارج النطاق: المتوقع من -٢ إلى +٢
limit-cards = في الخريطة { $count-shown } بطاقة، أكثر من الحد البالغ { $limit-shown }
limit-parts = في الخريطة { $count-shown } { $what ->
        [stages] مرحلة
        [lanes] مسارًا
       *[personas] شخصية
    }، أكثر من الحد البالغ { $limit-shown }
limit-long-field = { $what ->
        [title] العنوان
       *[description] الوصف
    } أطول من الحد البالغ { $limit-shown } حرفًا
limit-long-card = في البطاقة { $what } نص أطول من الحد البالغ { $limit-shown } حرفًا
limit-long-stage = في المرحلة { $what } نص أطول من الحد البالغ { $limit-shown } حرفًا
limit-long-persona = في الشخصية { $what } نص أطول من الحد البالغ { $limit-shown } حرفًا
problem-duplicate-persona = معرّف الشخصية { $id } مستخدم أكثر من مرة
problem-duplicate-stage = معرّف المرحلة { $id } مستخدم أكثر من مرة
problem-duplicate-lane = معرّف المسار { $id } مستخدم أكثر من مرة
problem-duplicate-card = معرّف البطاقة { $id } مستخدم أكثر من مرة
problem-no-such-stage = البطاقة { $card } ({ $title }) في المرحلة { $id }، وهي غير موجودة
problem-no-such-lane = البطاقة { $card } ({ $title }) في المسار { $id }، وهو غير موجود
problem-no-such-persona = البطاقة { $card } ({ $title }) تعطي درجة للشخصية { $id }، وهي غير موجودة
import-unsupported = ليس ملفًا يستورده journeymap؛ المتوقع .mmd أو .mermaid أو .md أو .csv أو .tsv أو .txt
csv-column-twice = العمود "{ $column }" مكرر
csv-header-needs = يجب أن يضم صف العناوين العمودين "stage" و"title"؛ الموجود: { $found }
csv-no-stage = العمود "stage" فارغ؛ كل بطاقة تحتاج إلى مرحلة
csv-no-title = العمود "title" فارغ؛ كل بطاقة تحتاج إلى عنوان
csv-lane-at-line = "{ $lane }" (السطر { $line-shown })
csv-unknown-channel = قناة غير معروفة "{ $found }"؛ المتوقع واحدة من: { $expected }
csv-emotion-not-number = المتوقع عدد صحيح من -٢ إلى +٢، والموجود "{ $found }"
csv-unknown-columns = { $file }: تم تجاهل أعمدة غير معروفة (المعروفة: { $known })
csv-unknown-lanes = { $file }: مسارات من نوع غير معروف، أُنشئت مسارات ملاحظات
csv-row-length = في هذا الصف { $fields-shown } حقول لكن في صف العناوين { $expected-shown }؛ ضع الحقول التي فيها فواصل بين علامتي اقتباس
csv-not-utf8 = هذا الصف ليس نص UTF-8 صالحًا
mermaid-front-matter-open = الـ front matter الذي يبدأ هنا لم يُغلق بـ `---`
mermaid-expected-journey = كان المتوقع الكلمة `journey`، والموجود `{ $found }`
mermaid-directive-open = التوجيه `%%{"{"}` لم يُغلق بـ `{"}"}%%`
mermaid-description-open = `accDescr {"{"}` لم يُغلق بـ `{"}"}`
mermaid-refused-character = لا يقبل Mermaid الحرف `{ $character }` في `{ $text }`؛ اكتب `{ $entity }` بدلًا منه
mermaid-expected-statement = كان المتوقع `title TEXT` أو `section NAME` أو `Task: score: actor, actor`، والموجود `{ $found }`
mermaid-expected-score = كان المتوقع درجة من ١ إلى ٥ بعد `{ $task }:`، والموجود `{ $found }`
mermaid-score-out-of-range = الدرجة { $score } خارج النطاق: درجات Mermaid من ١ إلى ٥
mermaid-no-journey = لم يُعثر على رحلة Mermaid: كان المتوقع سطر `journey`
mermaid-no-journey-block = لا توجد رحلة في أي من كتل ```mermaid
mermaid-empty = { $file }: ليس في الرحلة أقسام ولا مهام
mermaid-extra-fields = { $file }: مهام فيها أكثر من `:` مرتين؛ تم تجاهل النص بعد الثالثة كما يفعل Mermaid، في الأسطر
mermaid-left-out = لم يُكتب في Mermaid لأنه لا يتسع له: { $what }
mermaid-left-cards = { $count-shown } { $count ->
        [one] بطاقة
        [two] بطاقتان
        [few] بطاقات
       *[other] بطاقة
    } في مسارات غير نقاط الاتصال
mermaid-left-bodies = نصوص { $count-shown } { $count ->
        [one] بطاقة
        [two] بطاقتين
        [few] بطاقات
       *[other] بطاقة
    }
mermaid-left-channels = { $count-shown } { $count ->
        [one] قناة
        [two] قناتان
        [few] قنوات
       *[other] قناة
    }
mermaid-left-kpis = { $count-shown } { $count ->
        [one] مؤشر
        [two] مؤشران
        [few] مؤشرات
       *[other] مؤشر
    }
mermaid-left-goals = أهداف وأسئلة { $count-shown } { $count ->
        [one] مرحلة
        [two] مرحلتين
        [few] مراحل
       *[other] مرحلة
    }
mermaid-left-roles = أدوار { $count-shown } { $count ->
        [one] شخصية
        [two] شخصيتين
        [few] شخصيات
       *[other] شخصية
    }
mermaid-unscored = { $count-shown } { $count ->
        [one] نقطة اتصال بلا درجة
        [two] نقطتا اتصال بلا درجة
        [few] نقاط اتصال بلا درجة
       *[other] نقطة اتصال بلا درجة
    }؛ كُتبت بدرجة محايدة ٣ ومن دون ممثل
mermaid-disagree = تختلف الشخصيات على { $count-shown } { $count ->
        [one] نقطة اتصال
        [two] نقطتي اتصال
        [few] نقاط اتصال
       *[other] نقطة اتصال
    }، كُتبت بمتوسط الدرجة مقرّبًا
paste-not-cards = لا تحوي الحافظة بطاقات journeymap؛ لم يُلصق شيء.
paste-no-cards = لا تحوي الحافظة أي بطاقة؛ لم يُلصق شيء.
edit-last-stage = لا يمكن حذف المرحلة الأخيرة: تحتاج الخريطة إلى مرحلة واحدة على الأقل.
edit-last-lane = لا يمكن حذف المسار الأخير: تحتاج الخريطة إلى مسار واحد على الأقل.
export-bad-scale = المقياس { $scale } غير مدعوم: المتوقع رقم من 0.25 إلى 8
export-too-large = ستكون الصورة { $width-shown }×{ $height-shown } بكسل، أكبر مما يستطيع التصدير صنعه؛ اختر مقياسًا أصغر
export-cannot-write = تتعذر كتابة ملف PNG: { $reason }
csv-column = العمود "{ $column }": { $reason }
csv-votes = المتوقع عدد صحيح من الأصوات، والموجود "{ $found }"
csv-colour = المتوقع لون بصيغة #rrggbb، والموجود "{ $found }"
csv-severity = شدة غير معروفة "{ $found }"؛ المتوقع منخفضة أو متوسطة أو عالية
csv-unknown-lane-kind = نوع مسار غير معروف "{ $found }"
table-not-encoding = هذا ليس نصًا بترميز { $encoding }
table-no-separator = ليس في صف العناوين فاصلة ولا فاصلة منقوطة ولا علامة جدولة، فلا تتميز الأعمدة؛ اختر الفاصل بـ --separator
table-unsure-encoding = يتعذر تحديد الترميز؛ قد يكون { $choices }: اختر واحدًا بـ --encoding
table-unsure-separator = يتعذر تحديد فاصل الأعمدة؛ { $choices }: اختر بـ --separator
table-empty = الملف فارغ؛ المتوقع صف عناوين وصف لكل بطاقة
table-question-heading = كيف كُتب هذا الملف؟
table-question-text = لا يستطيع journeymap تحديد كيف كُتب { $file }. اختر القراءة التي تبدو كلماتها وأعمدتها صحيحة:
table-question-import = استيراد
table-question-reading = { $encoding } · الأعمدة بـ { $separator }
table-question-tab = علامة الجدولة
problem-duplicate-connection = معرّف الرابط { $id } مستخدم أكثر من مرة
problem-connection-no-card = الرابط { $connection } يخرج من البطاقة { $card } أو يصل إليها، وهي غير موجودة
problem-connection-to-itself = الرابط { $connection } يخرج من بطاقة إلى البطاقة نفسها
problem-connection-no-target = ليس للرابط { $connection } بطاقة هدف؛ وحده الخروج يغادر الخريطة
problem-connection-share = حصة الرابط { $connection } تزيد على ١٠٠٪
problem-connection-duplicate = الرابط { $connection } يكرر رابطًا آخر من النوع نفسه بين البطاقتين نفسيهما
problem-line-no-lane = خط المخطط { $line } يقع تحت المسار { $lane } غير الموجود
problem-line-twice = خط المخطط { $line } موجود مرتين في الخريطة
limit-connections = في الخريطة { $count-shown } رابطًا، أكثر من الحد البالغ { $limit-shown }
limit-long-connection = تسمية الرابط { $what } أطول من الحد البالغ { $limit-shown } حرفًا
mermaid-left-connections = { $count-shown } { $count ->
        [one] رابط
        [two] رابطان
        [few] روابط
       *[other] رابطًا
    }
csv-flag = المتوقع 1 أو نعم لوضع العلامة (فارغ أو 0 لتركها)، والموجود "{ $found }"
csv-unknown-next = { $file }: العمود "next" لا يسمي أي بطاقة في الجدول؛ لم يُنشأ رابط لـ
inspector-decision = نقطة قرار
inspector-milestone = معلم
canvas-connect-handle = ربط ببطاقة أخرى (اسحب إليها، أو خارج حافة الخريطة للخروج)
connection-next = الخطوة التالية
connection-alternative = طريق آخر
connection-exit = خروج
connection-triggers = يطلق عملًا
inspector-connection = رابط
inspector-connection-ends = من { $from } إلى { $to }
inspector-connection-leaves = من { $from }، إلى خارج الخريطة
inspector-connection-label = التسمية
inspector-connection-share = حصة العملاء (٪)
canvas-connection = { $ends }، { $kind }
canvas-connection-labelled = { $ends }، { $kind }: { $label }
canvas-connect-to = ربط بـ…
canvas-connect-exit = خروج من الخريطة

## The legend of a diff picture (journeymap diff -o), in the map's language.
diff-legend-heading = التغييرات من { $old } إلى { $new }
diff-legend-added = مُضافة ({ $count-shown })
diff-legend-changed = مُعدَّلة ({ $count-shown })
diff-legend-removed = محذوفة ({ $count-shown })
diff-legend-old-curves = منحنيات المشاعر السابقة

## Compare mode (File › Compare with…)
command-compare = مقارنة مع…
command-compare-tip = عرض ما تغيّر بين هذه الخريطة وخريطة أخرى: خريطة الوضع الحالي والوضع المستقبلي، أو نسخة أقدم
command-leave-compare = الخروج من المقارنة
command-leave-compare-tip = العودة إلى تحرير الخريطة؛ لم تغيّر المقارنة فيها شيئًا
compare-heading = مقارنة مع { $file }
compare-summary = { $count ->
        [0] لا تغييرات
        [one] تغيير واحد
        [two] تغييران
        [few] { $count-shown } تغييرات
       *[other] { $count-shown } تغيير
    }
compare-legend = إطار أخضر: مُضاف؛ برتقالي: مُعدَّل؛ باهت ومتقطع: محذوف. منحنيات الخريطة الأخرى متقطعة.
compare-read-only = اخرج من المقارنة لتغيير الخريطة
compare-map = الخريطة
compare-added = مُضاف: { $name }
compare-removed = محذوف: { $name }
compare-changed = { $name }: تغيّر { $field }
compare-changed-to = { $name }: كان { $field } «{ $old }»، والآن «{ $new }»
compare-moved = { $name }: نُقل إلى { $stage } / { $lane }
compare-reordered = { $name }: تغيّر موضعه بين جيرانه
compare-score = { $name }: كانت درجة { $persona } { $old }، والآن { $new }
compare-no-score = لا شيء
compare-path = مسار من { $from } إلى { $to }
compare-path-out = خارج الخريطة
compare-field = { $field ->
        [title] العنوان
        [description] الوصف
        [state] الحالة
        [direction] الاتجاه
        [language] اللغة
        [name] الاسم
        [role] الدور
        [goals] الأهداف
        [needs] الاحتياجات
        [motivations] الدوافع
        [fears] المخاوف
        [color] اللون
        [goal] الهدف
        [questions] أسئلة العميل
        [kpis] المؤشرات
        [kind] النوع
        [hidden] مخفي
        [body] النص
        [channel] القناة
        [severity] الشدة
        [tags] الوسوم
        [votes] الأصوات
        [decision] نقطة القرار
        [milestone] المعلم
        [image] الصورة
        [photo] الصورة الشخصية
        [triggers] المحفزات
        [from] البداية
        [to] النهاية
        [label] التسمية
        [share] النسبة
        [conflicts] التعارضات غير المحسومة
        [below_lane] الموضع
       *[other] { $field }
    }

## Merge conflicts recorded in a map (journeymap merge), and git's own markers.
load-git-markers = علامات تعارض git ‏(<<<<<<<): دمج git هذه الخريطة كنص. اضبط journeymap أداةَ دمج لـ git ‏(README، «العمل كفريق») وادمج مرة أخرى، أو احذف العلامات يدويًا
problem-conflict-no-item = تعارض مسجَّل يخص { $item } غير الموجود في الخريطة
problem-conflict-item-there = تعارض مسجَّل يقول إن { $item } حُذف هنا، لكنه في الخريطة
problem-conflict-no-theirs = تعارض مسجَّل يخص { $item } لا يحمل نسخة الطرف الآخر
problem-conflict-mismatch = تعارض مسجَّل يخص { $item } يحمل شيئًا آخر بدل نسخة الطرف الآخر
conflict-field = { $item }: غيّر الطرفان { $field }
conflict-deleted-by-them = { $item }: تغيّر هنا وحُذف في الطرف الآخر
conflict-deleted-by-us = { $item }: حُذف هنا وتغيّر في الطرف الآخر
conflict-kept-in-use = { $item }: حُذف في طرف وما زال مستخدمًا في الآخر، فأُبقي
check-conflict = تعارض دمج لم يُحسم: { $conflict }. افتح الخريطة في journeymap لاختيار طرف
picture-bad-name = «{ $name }» ليس اسم صورة مخزَّنة (٦٤ رقمًا ست عشريًا و‎.png أو ‎.jpg أو ‎.webp أو ‎.gif)
picture-outside = { $path } يقود إلى خارج مجلد assets الخاص بالخريطة
picture-missing = { $path } مفقود
picture-too-big = { $path } أكبر من ٥٠ ميغابايت
picture-too-many-pixels = { $path } بحجم { $width } × { $height } بكسل، أكثر من ٦٤ ميغابكسل
picture-unreadable = { $path } ليس صورة يستطيع journeymap قراءتها ({ $reason })
picture-io = { $path }: { $reason }
check-picture = تحذير: الصورة { $problem }
conflict-gone = حُسم هذا التعارض من قبل
conflict-cannot-restore = لا يمكن إرجاع نسخة الطرف الآخر هنا (ما تنتمي إليه لم يعد موجودًا)؛ عدّل الخريطة يدويًا واحتفظ بنسختنا

## Merge conflicts in the editor
conflicts-heading = { $count ->
        [one] تعارض واحد للحسم
        [two] تعارضان للحسم
        [few] { $count-shown } تعارضات للحسم
       *[other] { $count-shown } تعارضًا للحسم
    }
conflicts-hint = غيّر شخصان الشيء نفسه. احتفظ بنسختنا (عدّلها أولًا إن لم تكن أيّ منهما صحيحة) أو خذ نسختهم؛ يمكن التراجع عن كل اختيار.
conflicts-ours = نسختنا: { $value }
conflicts-theirs = نسختهم: { $value }
conflicts-keep-ours = الاحتفاظ بنسختنا ({ $n-shown })
conflicts-take-theirs = أخذ نسختهم ({ $n-shown })

# Pictures on cards and persona photos
picture-choose-title = اختر صورة
picture-files = الصور
picture-no-folder = لا يمكن إضافة الصور: لا يوجد مجلد لحفظها.
inspector-picture = صورة…
inspector-replace-picture = استبدال الصورة…
inspector-remove-picture = إزالة الصورة
inspector-picture-size = الصورة: { $width-shown } × { $height-shown } بكسل
personas-photo = صورة شخصية…
personas-replace-photo = استبدال الصورة الشخصية…
personas-remove-photo = إزالة الصورة الشخصية
personas-triggers = المحفزات (واحد في كل سطر)
command-pictures = الصور…
command-pictures-tip = الصور المحفوظة بجانب هذه الخريطة، والخرائط التي تستخدمها، وإزالة غير المستخدمة منها
pictures-heading = الصور
pictures-folder = محفوظة في { $folder }
pictures-none = لا توجد صور محفوظة هنا بعد.
pictures-name = الملف
pictures-size = الحجم
pictures-pixels = البكسلات
pictures-used-by = مستخدمة في
pictures-unused = غير مستخدمة
pictures-unreadable = لا يمكن قراءتها
pictures-kilobytes = { $n-shown } كيلوبايت
pictures-dimensions = { $width-shown } × { $height-shown }
pictures-maps-unreadable = تعذرت قراءة هذه الخرائط، لذا لا تُعد أي صورة غير مستخدمة: { $maps }
pictures-remove-unused = إزالة غير المستخدمة ({ $n-shown })
pictures-remove-confirm = إزالة الصور غير المستخدمة في أي خريطة في هذا المجلد ({ $n-shown })؟ لا يمكن التراجع عن ذلك.
pictures-remove = إزالة
pictures-removed = أُزيلت الصور: { $n-shown }
picture-outside-folder = { $path } ليس داخل مجلد الملف الذي يذكره (تُرفض المسارات المطلقة و.. والروابط التي تقود إلى الخارج)
csv-pictures = { $file }: لم تُضف بعض الصور
csv-picture = السطر { $line-shown }: { $problem }
mermaid-left-pictures = { $count-shown } { $count ->
        [one] صورة
        [two] صورتان
        [few] صور
       *[other] صورة
    }
