import Foundation

/// Who made a change the audit log records: a signed-in person with the role they had at the
/// time, or a tool without a person behind it (the command line).
public struct AuditActor: Sendable, Equatable {
    public let personID: UUID?
    public let role: Role?
    /// Shown instead of a name when no person acted.
    public let label: String?

    public static func person(_ id: UUID, role: Role) -> AuditActor { AuditActor(personID: id, role: role, label: nil) }

    /// Changes made with `crosswise` on the server: whoever runs it has the database already.
    public static let commandLine = AuditActor(personID: nil, role: nil, label: "command line")

    /// What erasure leaves of an actor: the entry keeps its action, not who it was.
    static let erasedLabel = "an erased person"
}
