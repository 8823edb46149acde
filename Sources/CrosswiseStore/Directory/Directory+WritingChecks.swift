import FluentKit
import Foundation

/// What the message check keeps: counts per person, day and check id, never text. And the
/// organization's API keys.
extension Directory {
    /// Adds a check's counts to the person's day. Ids are short and plain ("clarity.jargon");
    /// anything else is dropped rather than stored.
    public func recordChecks(personID: UUID, day: String, counts: [String: Int]) async throws {
        let clean = counts.filter { id, count in
            count > 0 && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        }
        guard !clean.isEmpty else { return }
        try await db.transaction { db in
            let existing = try await CheckCount.query(on: db).filter(\.$person.$id == personID).filter(\.$day == day)
                .filter(\.$checkID ~~ Array(clean.keys)).all()
            var byID = Dictionary(existing.map { ($0.checkID, $0) }, uniquingKeysWith: { a, _ in a })
            for (id, count) in clean {
                if let row = byID[id] {
                    row.count += min(count, 10_000)
                    try await row.save(on: db)
                } else {
                    let row = CheckCount(personID: personID, day: day, checkID: id, count: min(count, 10_000))
                    try await row.save(on: db)
                    byID[id] = row
                }
            }
        }
    }

    /// A person's counts per check id from `since` (an ISO date) on, most frequent first.
    public func checkEvidence(personID: UUID, since: String) async throws -> [(checkID: String, count: Int, days: Int)] {
        let rows = try await CheckCount.query(on: db).filter(\.$person.$id == personID).filter(\.$day >= since).all()
        var totals: [String: (count: Int, days: Set<String>)] = [:]
        for row in rows {
            totals[row.checkID, default: (0, [])].count += row.count
            totals[row.checkID]!.days.insert(row.day)
        }
        return totals.map { ($0.key, $0.value.count, $0.value.days.count) }.sorted { ($0.count, $1.checkID) > ($1.count, $0.checkID) }
    }

    // MARK: API keys

    public func apiTokens() async throws -> [APIToken] {
        try await APIToken.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$name).all()
    }

    /// A new key named `name`; the key is returned once and only its hash is stored.
    public func issueAPIToken(name rawName: String) async throws -> (token: APIToken, key: String) {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 80 else { throw ValidationFailure([FieldError(.name, "Give the key a name of 1 to 80 characters, such as “Zendesk”")]) }
        if try await apiTokens().contains(where: { $0.name.lowercased() == name.lowercased() }) {
            throw ValidationFailure([FieldError(.name, "A key named “\(name)” already exists; revoke it or choose another name")])
        }
        let key = "cwk_" + SecretToken.hex(bytes: 24)
        let token = APIToken(organizationID: organizationID, name: name, tokenHash: SecretToken.digest(key), prefix: String(key.prefix(10)))
        try await db.transaction { db in
            try await token.save(on: db)
            // The prefix only: the key itself is shown once and never kept.
            let change = AuditChange(field: "prefix", before: nil, after: token.prefix)
            try await audit(.created, .apiKey, token.requireID(), label: name, [change], on: db)
        }
        return (token, key)
    }

    public func revokeAPIToken(_ id: UUID) async throws {
        guard let token = try await APIToken.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first() else {
            throw DirectoryError.notFound
        }
        try await db.transaction { db in
            try await token.delete(on: db)
            try await audit(.deleted, .apiKey, id, label: token.name, [], on: db)
        }
    }

    /// The organization a key belongs to, in any organization (the key is the credential);
    /// notes the day it was last used.
    public static func organization(forAPIKey key: String, today: String, on db: any Database) async throws -> UUID? {
        guard key.hasPrefix("cwk_"), key.count == 52, key.dropFirst(4).allSatisfy(\.isHexDigit) else { return nil }
        guard let token = try await APIToken.query(on: db).filter(\.$tokenHash == SecretToken.digest(key)).first() else { return nil }
        if token.lastUsedDay != today {
            token.lastUsedDay = today
            try await token.save(on: db)
        }
        return token.$organization.id
    }
}
