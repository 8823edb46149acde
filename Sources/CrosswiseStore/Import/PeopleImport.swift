import CSVFiles
import FluentKit
import Foundation

/// Imports people from a CSV file, all rows or none.
///
/// Columns (header names, any order; only name and email are required):
/// name, email, role, site, teams, time_zone, country, subdivision, working_hours, weekend,
/// languages. `site` and `teams` name existing sites and teams; `teams` separates several with
/// semicolons. A person whose e-mail already exists is updated, otherwise created.
public struct PeopleImport: Sendable {
    public static let columns = ["name", "email", "role", "site", "teams", "time_zone", "country", "subdivision", "working_hours", "weekend", "languages"]
    public static let required = ["name", "email"]

    public let directory: Directory

    public init(directory: Directory) { self.directory = directory }

    /// One row's outcome, for the dry run and the final report.
    public struct RowResult: Sendable {
        public let line: Int
        public let name: String
        public let email: String
        public enum Action: String, Sendable { case create, update, error }
        public let action: Action
        /// Errors as (column, message).
        public let errors: [FieldError]
    }

    public struct Report: Sendable {
        public let rows: [RowResult]
        /// Problems with the file as a whole: a missing column, an unreadable file.
        public let fileErrors: [String]
        public var errorCount: Int { rows.reduce(0) { $0 + $1.errors.count } + fileErrors.count }
        public var isClean: Bool { errorCount == 0 }
        public var creates: Int { rows.filter { $0.action == .create }.count }
        public var updates: Int { rows.filter { $0.action == .update }.count }
    }

    /// Checks every row and says what would happen. Writes nothing.
    public func dryRun(_ text: String) async throws -> Report {
        try await plan(text).report
    }

    /// Checks, then writes every row in one transaction; writes nothing if any row is wrong.
    public func run(_ text: String) async throws -> Report {
        let plan = try await plan(text)
        guard plan.report.isClean else { return plan.report }
        try await directory.db.transaction { db in
            let scoped = Directory(db: db, organizationID: directory.organizationID)
            for (checked, existingID) in plan.people {
                var person = Person(organizationID: directory.organizationID, name: "", email: "", role: .member)
                if let existingID, let found = try await scoped.person(existingID) { person = found }
                try await scoped.write(checked, to: person)
            }
        }
        return plan.report
    }

    struct Plan {
        var report: Report
        var people: [(CheckedPerson, UUID?)]
    }

    func plan(_ text: String) async throws -> Plan {
        let table: CSVTable
        do { table = try CSVTable(text: text) } catch {
            return Plan(report: Report(rows: [], fileErrors: [error.description]), people: [])
        }
        var fileErrors: [String] = []
        for column in PeopleImport.required where !table.header.contains(column) {
            fileErrors.append("the header has no “\(column)” column")
        }
        for column in table.header where !PeopleImport.columns.contains(column) {
            fileErrors.append("“\(column)” is not a column Crosswise knows; the columns are \(PeopleImport.columns.joined(separator: ", "))")
        }
        if table.rows.isEmpty { fileErrors.append("the file has a header but no people") }
        guard fileErrors.isEmpty else { return Plan(report: Report(rows: [], fileErrors: fileErrors), people: []) }

        let sites = Dictionary(try await directory.sites().map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(try await directory.teams().map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        // Only the people whose e-mail the file names, in any organization (an e-mail taken
        // elsewhere is an error).
        let emailColumn = table.header.firstIndex(of: "email")!
        let fileEmails = Set(table.rows.compactMap { $0.fields.indices.contains(emailColumn) ? $0.fields[emailColumn].trimmingCharacters(in: .whitespaces).lowercased() : nil })
        let existing = fileEmails.isEmpty ? [] : try await Person.query(on: directory.db).filter(\.$email ~~ Array(fileEmails)).all()
        let byEmail = Dictionary(existing.map { ($0.email, $0) }, uniquingKeysWith: { a, _ in a })
        var seenEmails: [String: Int] = [:]
        var results: [RowResult] = []
        var people: [(CheckedPerson, UUID?)] = []

        for row in table.rows {
            var value: [String: String] = [:]
            for (index, column) in table.header.enumerated() {
                value[column] = index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            var errors: [FieldError] = []
            if row.fields.count > table.header.count {
                errors.append(FieldError("row", "has \(row.fields.count) fields but the header names \(table.header.count)"))
            }
            var form = PersonForm()
            form.name = value["name"] ?? ""
            form.email = value["email"] ?? ""
            form.role = (value["role"] ?? "").isEmpty ? "member" : value["role"]!
            form.timeZone = value["time_zone"] ?? ""
            form.country = value["country"] ?? ""
            form.subdivision = value["subdivision"] ?? ""
            form.workingHours = value["working_hours"] ?? ""
            form.weekend = value["weekend"] ?? ""
            form.languages = value["languages"] ?? ""
            if let siteName = value["site"], !siteName.isEmpty {
                if let site = sites[siteName.lowercased()] { form.siteID = site.id } else {
                    errors.append(FieldError("site", "no site is named “\(siteName)”"))
                }
            }
            for teamName in (value["teams"] ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !teamName.isEmpty {
                if let team = teams[teamName.lowercased()] { form.teamIDs.append(team.id!) } else {
                    errors.append(FieldError("teams", "no team is named “\(teamName)”"))
                }
            }
            var checked: CheckedPerson?
            do { checked = try form.checked() } catch { errors.append(contentsOf: error.errors) }
            let email = form.email.trimmingCharacters(in: .whitespaces).lowercased()
            let match = byEmail[email]
            if let match, match.$organization.id != directory.organizationID {
                errors.append(FieldError("email", "“\(email)” belongs to an account in another organization"))
            }
            if !email.isEmpty, let earlier = seenEmails[email] {
                errors.append(FieldError("email", "“\(email)” is already on line \(earlier)"))
            }
            seenEmails[email] = seenEmails[email] ?? row.line
            if errors.isEmpty, let checked {
                people.append((checked, match?.id))
            }
            results.append(RowResult(line: row.line, name: form.name, email: email,
                                     action: errors.isEmpty ? (match == nil ? .create : .update) : .error, errors: errors))
        }
        return Plan(report: Report(rows: results, fileErrors: []), people: people)
    }
}
