import Mustache

// Mustache finds a value by name through Mirror unless the object answers itself. Mirror walks
// every stored property on every lookup, which made a 300-person Today page spend most of its
// time in reflection. The view models rendered once per person answer by name instead.

extension ClockView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        case "place": place
        case "time": time
        case "day": day
        case "dayShift": dayShift
        case "offset": offset
        case "status": status
        case "statusClass": statusClass
        case "detail": detail
        case "isYou": isYou
        case "isLead": isLead
        case "hours": hours
        default: nil
        }
    }

}

extension PageContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "page": page
        default: nil
        }
    }
}

extension Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "signedIn": signedIn
        case "userName": userName
        case "organization": organization
        case "nav": nav
        case "csrf": csrf
        case "notice": notice
        case "tzdata": tzdata
        case "links": links
        default: nil
        }
    }
}

extension TodayController.TeamClocks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        case "peopleHTML": peopleHTML
        case "clients": clients
        case "workingNow": workingNow
        case "size": size
        case "more": more
        case "hasMore": hasMore
        default: nil
        }
    }
}

extension LayoutLinks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "home": home
        case "about": about
        case "password": password
        case "signOut": signOut
        case "stylesheet": stylesheet
        case "icon": icon
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        default: nil
        }
    }
}
