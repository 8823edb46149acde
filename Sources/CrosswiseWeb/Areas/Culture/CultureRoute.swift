import Foundation

/// Cultural briefs: the list of countries, one country's brief, and a pair (an agent's country
/// against a client's). Every signed-in member of the organization reads them; the briefs are
/// the same for everyone, only the highlighting and the default pair come from the viewer.
enum CultureRoute: SiteRoute {
    static let prefix = "/culture"
    case list
    /// "Know yourself": the questionnaire, and your positions once answered.
    case me
    case saveMe
    /// `/culture/DE`; an unknown code answers 404 with the closest codes.
    case country(String)
    /// `/culture/PH/with/DE`: the first country is yours (where you work), the second the client's,
    /// as in `crosswise culture PH --with DE`.
    case pair(String, String)
    /// A client's own note on top of its country's brief. `.member`: who may read a client's
    /// note is `ClientNotesBook`'s rule (the teams serving it, and admins; anyone else 404).
    case client(UUID)
    /// Saves the note; writing it counts as reviewing it.
    case saveClient(UUID)
    /// "Reviewed today": the note is still true as written.
    case reviewed(UUID)
    /// "I have read this brief" on a country's brief, for people whose teams serve a client there.
    case readCountry(String)
    /// "I have read this brief" on a client's note, for the people serving that client.
    case readClient(UUID)

    static let fixed: [CultureRoute] = [.list, .me, .saveMe]
    static let parameterized: [RouteMaker<CultureRoute>] = [
        .text(country),
        RouteMaker(sample: .pair("PH", "DE")) { values in values.count == 2 ? .pair(values[0], values[1]) : nil },
        .id(client), .id(saveClient), .id(reviewed),
        .text(readCountry), .id(readClient),
    ]

    var spec: RouteSpec {
        switch self {
        case .list: .get("/culture")
        case .me: .get("/culture/me")
        case .saveMe: .post("/culture/me")
        case .country(let code): .get("/culture/:code", code)
        case .pair(let yours, let theirs): .get("/culture/:code/with/:other", yours, theirs)
        case .client(let id): .get("/culture/clients/:id", id.uuidString)
        case .saveClient(let id): .post("/culture/clients/:id", id.uuidString)
        case .reviewed(let id): .post("/culture/clients/:id/reviewed", id.uuidString)
        case .readCountry(let code): .post("/culture/:code/read", code)
        case .readClient(let id): .post("/culture/clients/:id/read", id.uuidString)
        }
    }
}
