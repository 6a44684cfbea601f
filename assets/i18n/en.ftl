# journeymap's own words in English. Every message is in each of en, fa, ar, tr, ru (a test checks).

## Commands: the name of each (menus, buttons) and what it does (tooltips, the presentation help).
command-new-blank = New blank map
command-new-blank-tip = Start a new, empty map
command-open = Open…
command-open-tip = Open a map, or import a Mermaid, Markdown or CSV file
command-save = Save
command-save-tip = Save the map
command-save-as = Save As…
command-save-as-tip = Save the map under a new name
command-show-export = Export PNG…
command-show-export-tip = Export the map as a picture
command-export-mermaid = Export Mermaid…
command-export-mermaid-tip = Write the touchpoints as a Mermaid journey
command-export-markdown = Export Markdown report…
command-export-markdown-tip = Write a report of the map in Markdown
command-quit = Quit
command-quit-tip = Close journeymap
command-undo = Undo
command-undo-tip = Undo the last change
command-redo = Redo
command-redo-tip = Redo the change undone last
command-copy-mermaid = Copy as Mermaid
command-copy-mermaid-tip = Put the map on the clipboard as a Mermaid journey
command-copy-table = Copy as table
command-copy-table-tip = Put the selected cards (or all) on the clipboard as a table, for a spreadsheet
command-connect = Connect to…
command-connect-tip = Connect the selected card to another: arrow keys pick it, Enter connects, Esc gives up
command-confirm-connection = Make the connection
command-confirm-connection-tip = While connecting: connect to the card picked
command-toggle-direction = Make right-to-left
command-toggle-direction-tip = Make the map read right to left, or left to right
command-delete = Delete
command-delete-tip = Delete the selected cards, stage or lane
command-duplicate = Duplicate
command-duplicate-tip = Duplicate the selected cards
command-edit-title = Edit title on the map
command-edit-title-tip = Type the card's title where it is on the map
command-select-up = Select the card above
command-select-up-tip = Select the nearest card above
command-select-down = Select the card below
command-select-down-tip = Select the nearest card below
command-select-left = Select the card to the left
command-select-left-tip = Select the nearest card to the left
command-select-right = Select the card to the right
command-select-right-tip = Select the nearest card to the right
command-clear-selection = Clear the selection
command-clear-selection-tip = Select nothing
command-fit-map = Fit map
command-fit-map-tip = Show the whole map
command-zoom-in = Zoom in
command-zoom-in-tip = Zoom in one step
command-zoom-out = Zoom out
command-zoom-out-tip = Zoom out one step
command-present = Present
command-present-tip = Present the map full screen, stage by stage; F5 again leaves
command-next-stage = Next stage
command-next-stage-tip = Next stage (in a right-to-left map Left is next; Page Down and Space always go forward)
command-previous-stage = Previous stage
command-previous-stage-tip = Previous stage
command-first-stage = First stage
command-first-stage-tip = First stage
command-last-stage = Last stage
command-last-stage-tip = Last stage
command-scroll-up = Scroll up
command-scroll-up-tip = Scroll the stage up
command-scroll-down = Scroll down
command-scroll-down-tip = Scroll the stage down
command-toggle-overview = Overview
command-toggle-overview-tip = Overview of the whole map, and back
command-focus-next-persona = Persona focus
command-focus-next-persona-tip = One persona's curve at a time, then all again
command-capture-idea = Capture an idea
command-capture-idea-tip = Capture an idea in this stage
command-capture-next-lane = Next lane
command-capture-next-lane-tip = While capturing: next lane (Thoughts, Pain points, Opportunities first)
command-capture-previous-lane = Previous lane
command-capture-previous-lane-tip = While capturing: previous lane
command-capture-add = Add the idea
command-capture-add-tip = While capturing: add the card
command-capture-cancel = Cancel the idea
command-capture-cancel-tip = While capturing: cancel
command-toggle-voting = Voting
command-toggle-voting-tip = Voting: click a card to give it a dot vote, Shift+click to take one back
command-sort-by-votes = Sort by votes
command-sort-by-votes-tip = Sort this stage's pain points and opportunities by votes
command-toggle-timer = Timer
command-toggle-timer-tip = Start / stop the timer
command-toggle-help = Key help
command-toggle-help-tip = This help
command-back = Back
command-back-tip = Close the help, stop voting, or leave the presentation
command-toggle-direction-rtl = Make left-to-right

## Menus, toolbar and status bar
menu-file = File
menu-edit = Edit
menu-view = View
menu-new-from-template = New from template
menu-language = Language:
menu-open-recent = Open recent
menu-light-map = Light map
menu-dark-map = Dark map
menu-fit = Fit
menu-title = Title:
menu-title-hint = Map title
menu-title-tip = Rename the map; Enter to apply
menu-not-saved = not saved yet
menu-unsaved = unsaved changes
menu-drop-hint = Drop a .journey.ron file to open it
menu-drop-pictures-hint = Drop pictures onto the selected card or persona, or as new storyboard cards

## Dialogs
dialog-save-changes = Save changes?
dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
dialog-disk-heading = The file changed on disk
dialog-overwrite = Overwrite with this version
dialog-reload = Reload
dialog-reload-losing = Reload (lose changes made here)
dialog-keep = Keep this version
dialog-ok = OK
dialog-export-heading = Export PNG
dialog-scale = Scale:
dialog-theme = Theme:
dialog-light = Light
dialog-dark = Dark
dialog-export = Export…
dialog-restore-heading = Restore unsaved work?
dialog-restore = Restore
dialog-discard = Discard
dialog-discard-tip = Delete the recovery copy
dialog-untitled = an untitled map

## Files
files-open-title = Open a journey map
files-all-kinds = Journey maps and imports
files-map = Journey map
files-mermaid = Mermaid journey
files-csv = CSV cards
files-markdown = Markdown report
files-png = PNG image
files-save-title = Save the journey map
files-export-png-title = Export the map as PNG
files-warnings = Imported with warnings
files-copied-mermaid = Copied the map as a Mermaid journey
files-copied-table = Copied { $count-shown } { $count ->
        [one] card
       *[other] cards
    } as a table
files-still-open = The map is still open and unsaved; try Save As.
files-kept = The open map is kept as it was.

## Presentation mode
present-back-to-stage = O: back to the stage
present-voting = Voting: click a card (+1), Shift+click (−1). Esc or V to stop
present-keys-hint = ? keys · Esc leave
present-idea-field = New idea
present-idea-hint = Type, then Enter
present-help-heading = Presentation keys
present-help-close = Esc or ? to close

## The map's widgets, as screen readers name them
canvas-untitled-card = Untitled card

## Editing
edit-title-needed = A card needs a title; the old title is kept.

## Typing a title on the map
in-place-field = Card title on the map
in-place-hint = Card title

## Inspector, personas, palette
inspector-card = Card
inspector-title = Title
inspector-body = Body
inspector-stage = Stage
inspector-lane = Lane
inspector-channel = Channel
inspector-severity = Severity
inspector-tags = Tags (comma separated)
inspector-own-colour = Own colour
inspector-feelings = How each persona feels here
inspector-several-cards = Drag them together onto another cell, or:
inspector-lane-name = Lane name
inspector-kind = Kind
inspector-hidden = Hidden
inspector-move-up = Move up
inspector-move-down = Move down
inspector-delete-lane = Delete lane
inspector-map = Map
inspector-map-hint = Click a card, a stage header or a lane name to edit it.
inspector-description = Description
inspector-state = State
inspector-current = Current (as is)
inspector-future = Future (to be)
inspector-direction = Direction
inspector-left-to-right = Left to right
inspector-right-to-left = Right to left
inspector-language = Language
inspector-lanes = Lanes (untick to hide one; hidden lanes keep their cards)
inspector-add-stage = Add stage
inspector-tips = Tips: double-click an empty cell to add a card; drag palette entries onto cells; drag cards between cells; drag on empty space to select several; middle-drag or Space-drag to pan.
inspector-add-lane = Add lane
inspector-blueprint-lines = Service blueprint lines
inspector-line-interaction = Line of interaction
inspector-line-visibility = Line of visibility
inspector-line-internal = Line of internal interaction
inspector-line-none = None
inspector-line-below = Below { $lane }
inspector-stage-name = Stage name
inspector-goal = Goal
inspector-questions = Customer questions (one per line)
inspector-kpis = KPIs
inspector-kpi-name = Name
inspector-kpi-value = Value
inspector-kpi-target = Target
inspector-kpi-unit = Unit
inspector-remove-kpi = Remove this KPI
inspector-add-kpi = Add KPI
inspector-insert-before = Insert stage before
inspector-insert-after = Insert stage after
inspector-move-earlier = Move earlier
inspector-move-later = Move later
inspector-delete-stage = Delete stage
personas-heading = Personas
personas-show-curve = Show this persona's curve
personas-active = Curve drags change this persona's scores
personas-edit = Edit this persona
personas-add = Add persona
personas-name = Name
personas-role = Role
personas-colour = Colour
personas-delete = Delete persona
personas-delete-tip = Removes the persona and its scores (undoable)
palette-heading = Drag onto the map:
palette-tip = Drag onto a cell of the map
app-error = Something went wrong

## Messages with placeables. A count `$n` chooses the plural form; `$n-shown` is the same number
## in the language's digits.
menu-ui-language = Language
menu-counts = { $stages-shown } { $stages ->
        [one] stage
       *[other] stages
    } · { $lanes-shown } { $lanes ->
        [one] lane
       *[other] lanes
    } · { $cards-shown } { $cards ->
        [one] card
       *[other] cards
    } · { $personas-shown } { $personas ->
        [one] persona
       *[other] personas
    }
menu-zoom = zoom { $percent-shown }%
dialog-unsaved-closing = { $name } has unsaved changes. Save them before closing?
dialog-unsaved-opening = { $name } has unsaved changes. Save them before opening another map?
dialog-changed-on-disk = { $name } was changed by another program (or deleted) since you opened or saved it here.
dialog-restore-text = journeymap did not close cleanly. Unsaved changes to { $name } were copied { $ago }.
dialog-ago-unknown = at an unknown time
dialog-ago-seconds = less than a minute ago
dialog-ago-minutes = { $n-shown } { $n ->
        [one] minute
       *[other] minutes
    } ago
dialog-ago-hours = { $n-shown } { $n ->
        [one] hour
       *[other] hours
    } ago
dialog-ago-days = { $n-shown } { $n ->
        [one] day
       *[other] days
    } ago
dialog-restored = Restored unsaved changes to { $name }; save to keep them.
dialog-damaged-copy = The recovery copy is damaged and was not opened: { $error }
    It is kept at { $file } in case you want to look at it.
app-no-template = There is no template called { $name }.
files-imported = Imported { $cards-shown } { $cards ->
        [one] card
       *[other] cards
    } from { $file }; save to keep them as a map
files-export-title = Export a { $kind }
files-cannot-write = { $file }: cannot write: { $error }
present-counter = Stage { $stage-shown } of { $of-shown }
present-persona = Persona: { $name }
present-fork = Fork { $n-shown } of { $count-shown }: { $card }
present-share = { $share-shown } %
present-exits = Where customers leave
command-next-fork = Next fork
command-next-fork-tip = Highlight this stage's forks one at a time: the decision point, its branches and their shares
present-idea = New idea · { $stage } · { $lane }   (Tab: next lane)
canvas-stage = Stage { $number-shown }: { $name }
canvas-lane = Lane: { $name }
canvas-point = { $persona } at { $card }
inspector-cards = { $count-shown } { $count ->
        [one] card
       *[other] cards
    }
inspector-score = { $name } score
inspector-none = none
inspector-severity-low = low
inspector-severity-medium = medium
inspector-severity-high = high
personas-goals = Goals (one per line)
personas-needs = Needs (one per line)
personas-motivations = Motivations (one per line)
personas-fears = Fears (one per line)
palette-touchpoint = Touchpoint: { $channel }
palette-touchpoint-plain = Touchpoint
palette-action = Action
palette-thought = Thought
palette-pain-point = Pain point
palette-opportunity = Opportunity
palette-backstage = Backstage step
palette-emotion = Emotion
palette-note = Note
palette-image = Storyboard frame

## Templates, as File › New from template describes them
template-title-blank = Blank map
template-title-lifecycle = Customer lifecycle
template-title-buyer = Buyer's journey
template-title-full-cycle = Full cycle
template-title-service-blueprint = Service blueprint
template-title-forks = Forks in the road
template-blank = Three empty stages and the usual lanes
template-lifecycle = Awareness, Acquisition, Onboarding, Engagement, Advocacy (an online mug shop)
template-buyer = Awareness, Consideration, Decision, with the questions to ask at each stage
template-full-cycle = Eight stages from information search to recommendation, with CSAT, NPS and CRR
template-service-blueprint = A hotel stay from booking to check-out, with backstage lanes
template-forks = A B2B purchase with milestones, a decision point, detours and exits to a competitor

## What reading, saving and importing files says (after the file's name, or FILE:LINE:COL)
list-separator = { "; " }
note-listing = { $text }: { $items }
note-and-more = { $items }; and { $count-shown } more
load-cannot-read = cannot read the file: { $reason }
load-too-large = the file is { $size-shown } bytes, more than the limit of { $limit-shown } MiB; is it really a journey map?
load-not-text = this is not a text file (invalid UTF-8); expected a journey map in RON
load-empty = the file is empty; expected a journey map
load-newer-version = format version { $found-shown } is newer than this journeymap understands (up to { $newest-shown }); update journeymap to open it
load-unknown-version = format version { $found-shown } does not exist; expected 1 to { $newest-shown }
load-problems = { $problems }
save-cannot-save = cannot save: { $reason }
recovery-cannot-write = { $file }: cannot write the recovery copy: { $reason }
recovery-failed = the recovery copy could not be written
io-not-found = { $system }
io-permission-denied = { $system }
io-storage-full = { $system }
io-read-only = { $system }
io-other = { $system }
io-link-to-nothing = it is a symbolic link to { $target }, which does not exist
io-folder = it is a folder, not a file
io-link-to-folder = it is a symbolic link to { $target }, which is a folder
io-link-loop = more than { $limit-shown } symbolic links in a row (a loop of links?)
io-no-temporary-file = cannot create a temporary file in the folder { $folder } ({ $reason }); journeymap writes a new file beside the old one and renames it, so that a crash never leaves half a file: make the folder writable, or save somewhere else
ron-eof = the file ends too early; expected more (is it truncated?)
ron-unknown-value = unknown { $kind ->
        [none] value
       *[other] { $kind }
    } { $found }; expected one of: { $expected }
ron-unknown-field = unknown field { $found }{ $kind ->
        [none] {""}
       *[other] { " in " }{ $kind }
    }; expected one of: { $expected }
ron-missing-field = the field { $field } is missing{ $kind ->
        [none] {""}
       *[other] { " in " }{ $kind }
    }
ron-duplicate-field = the field { $field } appears twice{ $kind ->
        [none] {""}
       *[other] { " in " }{ $kind }
    }
ron-number-out-of-range = number out of range: expected a whole number that is not negative
ron-too-deep = the text is nested too deeply; is it really a journey map?
ron-trailing = there is more text after the end of the map
ron-expected-comma = expected a comma
ron-unclosed-string = a text in quotes is not closed with "
ron-wrong-type = expected { $expected } but found { $found }
ron-other = { $detail }
score-out-of-range = emotion score { $value } is out of range: expected -2..=+2
limit-cards = the map has { $count-shown } cards, more than the limit of { $limit-shown }
limit-parts = the map has { $count-shown } { $what ->
        [stages] stages
        [lanes] lanes
       *[personas] personas
    }, more than the limit of { $limit-shown }
limit-long-field = { $what ->
        [title] the title
       *[description] the description
    } is longer than the limit of { $limit-shown } characters
limit-long-card = card { $what } has a text longer than the limit of { $limit-shown } characters
limit-long-stage = stage { $what } has a text longer than the limit of { $limit-shown } characters
limit-long-persona = persona { $what } has a text longer than the limit of { $limit-shown } characters
problem-duplicate-persona = persona id { $id } is used more than once
problem-duplicate-stage = stage id { $id } is used more than once
problem-duplicate-lane = lane id { $id } is used more than once
problem-duplicate-card = card id { $id } is used more than once
problem-no-such-stage = card { $card } ({ $title }) is in stage { $id }, which does not exist
problem-no-such-lane = card { $card } ({ $title }) is in lane { $id }, which does not exist
problem-no-such-persona = card { $card } ({ $title }) scores persona { $id }, which does not exist
import-unsupported = not a file journeymap imports; expected .mmd, .mermaid, .md, .csv, .tsv or .txt
csv-column-twice = column "{ $column }" appears twice
csv-header-needs = the header row needs the columns "stage" and "title"; found: { $found }
csv-no-stage = column "stage" is empty; every card needs a stage
csv-no-title = column "title" is empty; every card needs a title
csv-lane-at-line = "{ $lane }" (line { $line-shown })
csv-unknown-channel = unknown channel "{ $found }"; expected one of: { $expected }
csv-emotion-not-number = expected a whole number from -2 to +2, found "{ $found }"
csv-unknown-columns = { $file }: unknown columns ignored (known: { $known })
csv-unknown-lanes = { $file }: lanes of no known kind, created as Notes lanes
csv-row-length = this row has { $fields-shown } fields but the header has { $expected-shown }; quote fields that contain commas
csv-not-utf8 = this row is not valid UTF-8 text
mermaid-front-matter-open = front matter starting here is not closed with `---`
mermaid-expected-journey = expected the keyword `journey`, found `{ $found }`
mermaid-directive-open = directive `%%{"{"}` is not closed with `{"}"}%%`
mermaid-description-open = `accDescr {"{"}` is not closed with `{"}"}`
mermaid-refused-character = Mermaid does not accept `{ $character }` in `{ $text }`; write `{ $entity }` for it
mermaid-expected-statement = expected `title TEXT`, `section NAME` or `Task: score: actor, actor`, found `{ $found }`
mermaid-expected-score = expected a score from 1 to 5 after `{ $task }:`, found `{ $found }`
mermaid-score-out-of-range = score { $score } is out of range: Mermaid scores are 1 to 5
mermaid-no-journey = no Mermaid journey found: expected a line `journey`
mermaid-no-journey-block = none of the ```mermaid blocks holds a journey
mermaid-empty = { $file }: the journey has no sections or tasks
mermaid-extra-fields = { $file }: tasks with more than two `:`; the text after the third is ignored, as Mermaid does, on lines
mermaid-left-out = left out of Mermaid, which cannot hold them: { $what }
mermaid-left-cards = { $count-shown } { $count ->
        [one] card
       *[other] cards
    } in lanes other than touchpoints
mermaid-left-bodies = { $count-shown } card { $count ->
        [one] body
       *[other] bodies
    }
mermaid-left-channels = { $count-shown } { $count ->
        [one] channel
       *[other] channels
    }
mermaid-left-kpis = { $count-shown } { $count ->
        [one] KPI
       *[other] KPIs
    }
mermaid-left-goals = { $count-shown } stage goals and questions
mermaid-left-roles = { $count-shown } persona { $count ->
        [one] role
       *[other] roles
    }
mermaid-unscored = { $count-shown } { $count ->
        [one] touchpoint has
       *[other] touchpoints have
    } no score; written as a neutral 3 with no actor
mermaid-disagree = personas disagree on { $count-shown } { $count ->
        [one] touchpoint
       *[other] touchpoints
    }, written with the rounded mean score
paste-not-cards = The clipboard does not hold journeymap cards; nothing was pasted.
paste-no-cards = The clipboard holds no cards; nothing was pasted.
edit-last-stage = The last stage cannot be deleted: a map needs at least one stage.
edit-last-lane = The last lane cannot be deleted: a map needs at least one lane.
export-bad-scale = scale { $scale } is not supported: expected a number from 0.25 to 8
export-too-large = the image would be { $width-shown }×{ $height-shown } pixels, more than the export can make; use a smaller --scale
export-cannot-write = cannot write the PNG: { $reason }
csv-column = column "{ $column }": { $reason }
csv-votes = expected a whole number of votes, found "{ $found }"
csv-colour = expected a colour as #rrggbb, found "{ $found }"
csv-severity = unknown severity "{ $found }"; expected low, medium or high
csv-unknown-lane-kind = unknown lane kind "{ $found }"
table-not-encoding = this is not { $encoding } text
table-no-separator = the header row has no comma, semicolon or tab, so the columns cannot be told apart; choose the separator with --separator
table-unsure-encoding = cannot tell the encoding; it could be { $choices }: choose one with --encoding
table-unsure-separator = cannot tell how the columns are separated; by { $choices }: choose with --separator
table-empty = the file is empty; expected a header row and a row for each card
table-question-heading = How is this file written?
table-question-text = journeymap cannot tell how { $file } is written. Choose the reading whose words and columns look right:
table-question-import = Import
table-question-reading = { $encoding } · columns by { $separator }
table-question-tab = tab
problem-duplicate-connection = connection id { $id } is used more than once
problem-connection-no-card = connection { $connection } goes from or to card { $card }, which does not exist
problem-connection-to-itself = connection { $connection } goes from a card to the same card
problem-connection-no-target = connection { $connection } has no target card; only an exit may leave the map
problem-connection-share = connection { $connection } has a share over 100 %
problem-connection-duplicate = connection { $connection } repeats another of the same kind between the same cards
problem-line-no-lane = blueprint line { $line } lies under lane { $lane }, which does not exist
problem-line-twice = the map has the blueprint line { $line } twice
limit-connections = the map has { $count-shown } connections, more than the limit of { $limit-shown }
limit-long-connection = connection { $what } has a label longer than the limit of { $limit-shown } characters
mermaid-left-connections = { $count-shown } { $count ->
        [one] connection
       *[other] connections
    }
csv-flag = expected 1 or yes to set the mark (empty or 0 to leave it), found "{ $found }"
csv-unknown-next = { $file }: "next" names no card of the table; no connection was made for
inspector-decision = Decision point
inspector-milestone = Milestone
canvas-connect-handle = Connect to another card (drag onto it, or past the map's edge for an exit)
connection-next = Next step
connection-alternative = Another route
connection-exit = Exit
connection-triggers = Sets work going
inspector-connection = Connection
inspector-connection-ends = From { $from } to { $to }
inspector-connection-leaves = From { $from }, out of the map
inspector-connection-label = Label
inspector-connection-share = Share of customers (%)
canvas-connection = { $ends }, { $kind }
canvas-connection-labelled = { $ends }, { $kind }: { $label }
canvas-connect-to = Connect to…
canvas-connect-exit = Exit out of the map

## The legend of a diff picture (journeymap diff -o), in the map's language.
diff-legend-heading = Changes from { $old } to { $new }
diff-legend-added = Added ({ $count-shown })
diff-legend-changed = Changed ({ $count-shown })
diff-legend-removed = Removed ({ $count-shown })
diff-legend-old-curves = Old emotion curves

## Compare mode (File › Compare with…)
command-compare = Compare with…
command-compare-tip = Show what changed between this map and another: an as-is map and its to-be, or an older copy
command-leave-compare = Leave compare mode
command-leave-compare-tip = Back to editing the map; comparing changed nothing in it
compare-heading = Compared with { $file }
compare-summary = { $count ->
        [0] No changes
        [one] One change
       *[other] { $count-shown } changes
    }
compare-legend = Outlined green: added; orange: changed; faint and dashed: removed. The other map's curves are dashed.
compare-read-only = Leave compare mode to change the map
compare-map = The map
compare-added = Added: { $name }
compare-removed = Removed: { $name }
compare-changed = { $name }: { $field } changed
compare-changed-to = { $name }: { $field } was “{ $old }”, now “{ $new }”
compare-moved = { $name }: moved to { $stage } / { $lane }
compare-reordered = { $name }: moved among its neighbours
compare-score = { $name }: { $persona }'s score was { $old }, now { $new }
compare-no-score = none
compare-path = Path from { $from } to { $to }
compare-path-out = out of the map
compare-field = { $field ->
        [title] title
        [description] description
        [state] state
        [direction] direction
        [language] language
        [name] name
        [role] role
        [goals] goals
        [needs] needs
        [motivations] motivations
        [fears] fears
        [color] colour
        [goal] goal
        [questions] customer questions
        [kpis] KPIs
        [kind] kind
        [hidden] hidden
        [body] body
        [channel] channel
        [severity] severity
        [tags] tags
        [votes] votes
        [decision] decision point
        [milestone] milestone
        [image] picture
        [photo] photo
        [triggers] triggers
        [from] start
        [to] end
        [label] label
        [share] share
        [conflicts] unsettled conflicts
        [below_lane] place
       *[other] { $field }
    }

## Merge conflicts recorded in a map (journeymap merge), and git's own markers.
load-git-markers = git's conflict markers (<<<<<<<): git merged this map as text. Set up journeymap as git's merge driver (README, "Working as a team") and merge again, or remove the markers by hand
problem-conflict-no-item = a recorded conflict is about { $item }, which the map does not have
problem-conflict-item-there = a recorded conflict says { $item } was deleted here, but the map has it
problem-conflict-no-theirs = a recorded conflict about { $item } does not hold the other side's version
problem-conflict-mismatch = a recorded conflict about { $item } holds another thing as the other side's version
conflict-field = { $item }: both sides changed { $field }
conflict-deleted-by-them = { $item }: changed here, deleted on the other side
conflict-deleted-by-us = { $item }: deleted here, changed on the other side
conflict-kept-in-use = { $item }: deleted on one side but still used on the other, so kept
check-conflict = unresolved merge conflict: { $conflict }. Open the map in journeymap to pick a side
picture-bad-name = “{ $name }” is not the name of a stored picture (64 hex digits and .png, .jpg, .webp or .gif)
picture-outside = { $path } leads outside the map's assets folder
picture-missing = { $path } is missing
picture-too-big = { $path } is over 50 MB
picture-too-many-pixels = { $path } is { $width } × { $height } pixels, over 64 megapixels
picture-unreadable = { $path } is not a picture journeymap can read ({ $reason })
picture-io = { $path }: { $reason }
check-picture = warning: picture { $problem }
conflict-gone = that conflict is already settled
conflict-cannot-restore = their version cannot be put back here (what it belongs to is gone); edit the map by hand and keep ours

## Merge conflicts in the editor
conflicts-heading = { $count ->
        [one] One conflict to settle
       *[other] { $count-shown } conflicts to settle
    }
conflicts-hint = Two people changed the same thing. Keep ours (edit it first if neither is right) or take theirs; each pick can be undone.
conflicts-ours = Ours: { $value }
conflicts-theirs = Theirs: { $value }
conflicts-keep-ours = Keep ours ({ $n-shown })
conflicts-take-theirs = Take theirs ({ $n-shown })

# Pictures on cards and persona photos
picture-choose-title = Choose a picture
picture-files = Pictures
picture-no-folder = Pictures cannot be added: there is no folder to keep them in.
inspector-picture = Picture…
inspector-replace-picture = Replace picture…
inspector-remove-picture = Remove picture
inspector-picture-size = Picture: { $width-shown } × { $height-shown } pixels
personas-photo = Photo…
personas-replace-photo = Replace photo…
personas-remove-photo = Remove photo
personas-triggers = Triggers (one per line)
command-pictures = Pictures…
command-pictures-tip = The pictures stored beside this map, the maps that use them, and removing the unused ones
pictures-heading = Pictures
pictures-folder = Stored in { $folder }
pictures-none = No pictures are stored here yet.
pictures-name = File
pictures-size = Size
pictures-pixels = Pixels
pictures-used-by = Used by
pictures-unused = not used
pictures-unreadable = cannot be read
pictures-kilobytes = { $n-shown } KB
pictures-dimensions = { $width-shown } × { $height-shown }
pictures-maps-unreadable = These maps could not be read, so no picture counts as unused: { $maps }
pictures-remove-unused = Remove unused ({ $n-shown })
pictures-remove-confirm = { $n ->
    [one] Remove the picture that no map in this folder uses? This cannot be undone.
   *[other] Remove the { $n-shown } pictures that no map in this folder uses? This cannot be undone.
}
pictures-remove = Remove
pictures-removed = { $n ->
    [one] One picture removed.
   *[other] { $n-shown } pictures removed.
}
picture-outside-folder = { $path } is not inside the folder of the file that names it (absolute paths, .. and links leading out are refused)
csv-pictures = { $file }: some pictures were not added
csv-picture = line { $line-shown }: { $problem }
mermaid-left-pictures = { $count-shown } { $count ->
        [one] picture
       *[other] pictures
    }
