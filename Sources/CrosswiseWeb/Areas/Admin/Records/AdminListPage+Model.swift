
/// A record list: a table with a link per row to its edit form.
struct AdminListPage: Sendable {
    struct Row: Sendable { let title, href: String; let cells: [String]; let inactive: Bool }
    struct Link: Sendable { let href, label: String }

    let heading, intro: String
    let columns: [String]
    let rows: [Row]
    /// "Add a site" (nil for a viewer who may not add one), and the resource's own link.
    let new, extra: Link?
    /// The search text of a list that can be searched; nil hides the search box.
    let search: String?

    init<R: AdminResource>(_ resource: R.Type, rows: [Row], intro: String? = nil, canAdd: Bool = true, extra: Link? = nil, search: String? = nil) {
        heading = R.words.plural
        self.intro = intro ?? R.words.intro
        columns = R.words.columns
        self.rows = rows
        new = canAdd ? Link(href: R.route(.new).path, label: "Add a \(R.words.one)") : nil
        self.extra = extra
        self.search = search
    }
}
