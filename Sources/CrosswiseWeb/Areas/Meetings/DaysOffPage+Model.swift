import Worldtime

/// Your days off and the form that adds more; a plain value built from `DaysOffPage.Data`.
struct DaysOffPage {
    static let first = FormField("first", .first)
    static let last = FormField("last", .last)

    struct Row { let text, length: String; let past: Bool; let removeAction: String }

    let rows: [Row]
    let first, last: FieldView
    let errors: FormErrors
    let add = MeetingsRoute.addDayOff.path, mine = MeetingsRoute.mine.path

    init(_ data: Data) {
        rows = data.daysOff.compactMap { row in
            guard let a = CivilDate(iso: row.firstDay), let b = CivilDate(iso: row.lastDay), let id = row.id else { return nil }
            let count = b.days - a.days + 1
            return Row(text: a == b ? DateWords.weekdayDate(a) : "\(DateWords.weekdayDate(a)) to \(DateWords.weekdayDate(b))",
                       length: count == 1 ? "1 day" : "\(count) days", past: b < data.today, removeAction: MeetingsRoute.removeDayOff(id).path)
        }
        first = FieldView(DaysOffPage.first, "First day", value: data.first, required: true, errors: data.errors)
        last = FieldView(DaysOffPage.last, "Last day", value: data.last, errors: data.errors)
        errors = data.errors
    }
}
