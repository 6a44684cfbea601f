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

## Templates
template-blank = ثلاث مراحل فارغة والمسارات المعتادة
template-lifecycle = الوعي، الاستحواذ، الترحيب بالعميل، التفاعل، المناصرة (متجر أكواب إلكتروني)
template-buyer = الوعي، الدراسة، القرار، مع الأسئلة التي تُطرح في كل مرحلة
template-full-cycle = ثماني مراحل من البحث عن المعلومات إلى التوصية، مع CSAT وNPS وCRR
template-service-blueprint = إقامة في فندق من الحجز إلى المغادرة، مع مسارات خلف الكواليس
