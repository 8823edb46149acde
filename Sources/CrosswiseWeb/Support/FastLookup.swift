import Mustache

// Mustache finds a value by name through Mirror unless the object answers itself. Mirror walks
// every stored property on every lookup, which made a 300-person Today page spend most of its
// time in reflection. The view models rendered once per person answer from a table instead.
protocol NamedFields: MustacheParent {
    static var fields: Fields<Self> { get }
}

typealias Fields<Root> = [String: any PartialKeyPath<Root> & Sendable]

extension NamedFields {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        // An optional answers with what it holds, or nothing, as Mustache's Mirror lookup does.
        if let optional = value as? any OptionalField { return optional.held }
        return value
    }
}

private protocol OptionalField { var held: Any? { get } }
extension Optional: OptionalField { fileprivate var held: Any? { self } }

extension ClockView: NamedFields {
    static let fields: Fields<ClockView> = [
        "name": \.name, "href": \.href, "place": \.place, "time": \.time, "day": \.day, "dayShift": \.dayShift, "offset": \.offset,
        "status": \.status, "statusClass": \.statusClass, "detail": \.detail, "isYou": \.isYou, "isLead": \.isLead, "hours": \.hours,
    ]
}

extension PageContext: NamedFields {
    static let fields: Fields<PageContext> = ["layout": \.layout, "page": \.page]
}

extension Layout: NamedFields {
    static let fields: Fields<Layout> = [
        "title": \.title, "signedIn": \.signedIn, "userName": \.userName, "nav": \.nav, "csrf": \.csrf, "notice": \.notice, "tzdata": \.tzdata,
        "links": \.links, "unread": \.unread,
    ]
}

extension TodayPage.PersonNow: NamedFields {
    static let fields: Fields<TodayPage.PersonNow> = ["name": \.name, "place": \.place, "time": \.time, "status": \.status, "tone": \.tone]
}

extension LayoutLinks: NamedFields {
    static let fields: Fields<LayoutLinks> = [
        "home": \.home, "about": \.about, "password": \.password, "signOut": \.signOut, "stylesheet": \.stylesheet, "icon": \.icon,
        "inbox": \.inbox, "filterScript": \.filterScript, "profile": \.profile,
    ]
}

extension NavItem: NamedFields {
    static let fields: Fields<NavItem> = ["label": \.label, "href": \.href, "current": \.current]
}
