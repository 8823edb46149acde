import Foundation

/// Your own profile (zone, hours, weekend, languages, notices, calendar link), the same form
/// for a lead or admin setting someone's, and the place search behind the picker.
enum ProfileRoute: SiteRoute {
    case mine, saveMine
    case newFeed
    /// Places matching `?q=`, or offered for the browser's `?zone=`, as JSON.
    case places
    /// Colleagues whose name matches `?q=`, at most 20, as JSON for the people pickers.
    case people
    case person(UUID), savePerson(UUID)

    static let fixed: [ProfileRoute] = [.mine, .saveMine, .newFeed, .places, .people]
    static let parameterized: [RouteMaker<ProfileRoute>] = [.id(person), .id(savePerson)]

    var spec: RouteSpec {
        switch self {
        case .mine: .get("/profile")
        case .saveMine: .post("/profile")
        case .newFeed: .post("/profile/calendar")
        case .places: .get("/profile/places")
        case .people: .get("/profile/people")
        case .person(let id): .get("/people/:id/profile", id.uuidString, access: .leadOf)
        case .savePerson(let id): .post("/people/:id/profile", id.uuidString, access: .leadOf)
        }
    }
}
