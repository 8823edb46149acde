/// Who answered about a person, in the words a 360 review uses. Self and lead answers are not
/// anonymous (the person knows their own, and a lead answers by name); peers, direct reports
/// and clients are, and only ever appear as figures of several raters together.
public enum RaterGroup: String, Codable, Sendable, CaseIterable, Comparable {
    case selfRating = "self", lead, peers, directReports = "reports", clients

    /// The groups whose answers are shown only in aggregate.
    public static let anonymous: [RaterGroup] = [.peers, .directReports, .clients]

    public var isAnonymous: Bool { Self.anonymous.contains(self) }

    public var label: String {
        switch self {
        case .selfRating: "Self"
        case .lead: "Lead"
        case .peers: "Peers"
        case .directReports: "Direct reports"
        case .clients: "Clients"
        }
    }

    public static func < (lhs: RaterGroup, rhs: RaterGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
