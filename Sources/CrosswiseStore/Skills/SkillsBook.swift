import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Skills

/// Skills records of one organization: its framework versions, assessments, evidence, career
/// choices and plans. Every method takes the organization's word for nothing: a person id from
/// another organization is "not found".
public struct SkillsBook: Sendable {
    public let db: any Database
    public let organizationID: UUID
    /// Who is changing the framework, for the audit log; nil records nothing.
    public let actor: AuditActor?

    public init(db: any Database, organizationID: UUID, actor: AuditActor? = nil) {
        self.db = db
        self.organizationID = organizationID
        self.actor = actor
    }

    /// Versions never change once stored, so a decoded framework can be kept for good.
    static let decoded = NIOLockedValueBox<[String: Framework]>([:])

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    // MARK: Framework versions

    /// The organization's newest framework. The first call stores a copy of the built-in one as
    /// version 1, so later Crosswise releases changing the bundled file never change what an
    /// organization's old assessments meant.
    public func currentFramework() async throws -> Framework {
        // Ask for the newest version number only: the 65 KB text is read once per version and
        // process, then served from the cache.
        if let latest = try await FrameworkVersion.query(on: db).filter(\.$organization.$id == organizationID).max(\.$version),
           let framework = try await framework(version: latest) {
            return framework
        }
        var copy = Framework.builtIn
        copy.version = 1
        let row = FrameworkVersion(organizationID: organizationID, version: 1, content: try Self.json(copy), note: "Copied from the built-in framework", authorID: nil)
        do {
            try await row.save(on: db)
        } catch {
            // Another request stored version 1 first (the unique index stopped this one).
            if let row = try await FrameworkVersion.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$version, .descending).first() {
                return try decode(row)
            }
            throw error
        }
        return copy
    }

    /// The framework an assessment or plan was made with.
    public func framework(version: Int) async throws -> Framework? {
        if let cached = Self.decoded.withLockedValue({ $0["\(organizationID)/\(version)"] }) { return cached }
        guard let row = try await FrameworkVersion.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$version == version).first() else {
            return nil
        }
        return try decode(row)
    }

    public func frameworkHistory() async throws -> [FrameworkVersion] {
        try await FrameworkVersion.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$version, .descending).with(\.$author).all()
    }

    /// Applies `change` to the newest version and stores the result as the next version. A
    /// change that leaves the framework invalid throws `FrameworkProblems` and stores nothing.
    @discardableResult
    public func changeFramework(note: String, authorID: UUID?, _ change: (inout Framework) throws -> Void) async throws -> Framework {
        var framework = try await currentFramework()
        try change(&framework)
        return try await storeVersion(framework, note: note, authorID: authorID, action: .updated)
    }

    /// Stores an imported framework as the next version, after the same validation.
    @discardableResult
    public func replaceFramework(with imported: Framework, note: String, authorID: UUID?) async throws -> Framework {
        _ = try await currentFramework()
        return try await storeVersion(imported, note: note, authorID: authorID, action: .imported)
    }

    private func storeVersion(_ candidate: Framework, note: String, authorID: UUID?, action: AuditAction) async throws -> Framework {
        var framework = candidate
        let latest = try await FrameworkVersion.query(on: db).filter(\.$organization.$id == organizationID).max(\.$version) ?? 0
        framework.version = latest + 1
        let problems = framework.problems()
        guard problems.isEmpty else { throw FrameworkProblems(source: note, problems: problems) }
        let row = FrameworkVersion(organizationID: organizationID, version: framework.version, content: try Self.json(framework),
                                   note: String(note.prefix(200)), authorID: authorID)
        let changes = [AuditChange(field: "version", before: "\(latest)", after: "\(framework.version)"),
                       AuditChange(field: "note", before: nil, after: row.note)]
        try await db.transaction { [organizationID, actor] db in
            try await row.save(on: db)
            try await AuditLog.record(on: db, organizationID: organizationID, actor: actor, action, .framework,
                                      id: organizationID.uuidString, label: "Competency framework", changes: changes)
        }
        return framework
    }

    private func decode(_ row: FrameworkVersion) throws -> Framework {
        let key = "\(organizationID)/\(row.version)"
        if let cached = Self.decoded.withLockedValue({ $0[key] }) { return cached }
        let framework = try JSONDecoder().decode(Framework.self, from: Data(row.content.utf8))
        Self.decoded.withLockedValue { $0[key] = framework }
        return framework
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: People

    /// The person, if they belong to this organization.
    func requirePerson(_ id: UUID) async throws -> Person {
        guard let person = try await Directory(db: db, organizationID: organizationID).person(id) else { throw DirectoryError.notFound }
        return person
    }
}
