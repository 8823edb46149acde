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
            let scoped = Directory(db: db, organizationID: directory.organizationID, actor: directory.actor)
            for (checked, existingID) in plan.people {
                var person = Person(organizationID: directory.organizationID, name: "", email: "", role: .member)
                if let existingID, let found = try await scoped.person(existingID) { person = found }
                let before = try await person.id == nil ? nil : AuditFields.of(person, on: db)
                try await scoped.write(checked, to: person)
                try await scoped.audit(before == nil ? .created : .updated, .person, person.requireID(), label: person.name,
                                       AuditChange.diff(before: before, after: try await AuditFields.of(person, on: db)), on: db)
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
        // The current teams of the people being updated, so a file without a `teams` column
        // (or with an empty cell) leaves their memberships alone.
        let ownIDs = existing.filter { $0.$organization.id == directory.organizationID }.compactMap(\.id)
        let memberships = ownIDs.isEmpty ? [] : try await TeamMembership.query(on: directory.db).filter(\.$person.$id ~~ ownIDs).all()
        let teamsByPerson = Dictionary(grouping: memberships, by: { $0.$person.id }).mapValues { $0.map { $0.$team.id } }
        let present = Set(table.header)
        var seenEmails: [String: Int] = [:]
        var results: [RowResult] = []
        var people: [(CheckedPerson, UUID?)] = []

        for row in table.rows {
            var errors: [FieldError] = []
            // Every column is one line of text: a control character (a tab, a line break inside
            // quotes, U+2028) refuses the cell rather than reaching names, pages and logs.
            var value: [String: String] = [:]
            for (index, column) in table.header.enumerated() {
                let cell = index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespaces) : ""
                if let bad = SingleLineText.firstControlCharacter(in: cell) {
                    errors.append(FieldError(FieldName(column), "contains the control character \(bad); every cell must be one line of plain text"))
                    value[column] = ""
                } else {
                    value[column] = cell
                }
            }
            if row.fields.count > table.header.count {
                errors.append(FieldError(.row, "has \(row.fields.count) fields but the header names \(table.header.count)"))
            }
            let email = (value["email"] ?? "").lowercased()
            let match = byEmail[email]
            if let match, match.$organization.id != directory.organizationID {
                errors.append(FieldError(.email, "“\(email)” belongs to an account in another organization"))
            }
            let current = match.flatMap { $0.$organization.id == directory.organizationID ? $0 : nil }
            /// A cell that says something: the column is in the file and the cell is not empty.
            func given(_ column: String) -> String? {
                guard present.contains(column), let cell = value[column], !cell.isEmpty else { return nil }
                return cell
            }

            // Start from what is stored (or the defaults for someone new) and change only what
            // the file gives: an absent column or an empty cell leaves the field as it is.
            var form = current.map { PersonForm(person: $0, teamIDs: teamsByPerson[$0.id!] ?? []) } ?? PersonForm()
            form.name = value["name"] ?? ""
            form.email = value["email"] ?? ""
            if let role = given("role") { form.role = role }
            var site: Site?
            if let siteName = given("site") {
                if let found = sites[siteName.lowercased()] { site = found; form.siteID = found.id } else {
                    errors.append(FieldError(.site, "no site is named “\(siteName)”"))
                }
            }
            if let cell = given("teams") {
                form.teamIDs = []
                for teamName in cell.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !teamName.isEmpty {
                    if let team = teams[teamName.lowercased()] { form.teamIDs.append(team.id!) } else {
                        errors.append(FieldError(.teams, "no team is named “\(teamName)”"))
                    }
                }
            }
            // A site the row names but that cannot be used says enough: the zone and country it
            // would have given are not reported missing as well.
            let siteRefused = errors.contains { $0.field == .site }
            if let zone = given("time_zone") { form.timeZone = zone } else if current == nil {
                if let site { form.timeZone = site.timeZone } else if !siteRefused {
                    errors.append(FieldError(.timeZone, "a new person needs a time zone: fill in time_zone, or name a site (its zone is used)"))
                }
            }
            if let country = given("country") {
                // Moving country: a subdivision and weekend the file does not give follow the
                // new country instead of staying with the old one.
                if let current, country.uppercased() != current.country.uppercased() {
                    if given("subdivision") == nil { form.subdivision = "" }
                    if given("weekend") == nil { form.weekend = "" }
                }
                form.country = country
            } else if current == nil {
                if let site { form.country = site.country } else if !siteRefused {
                    errors.append(FieldError(.country, "a new person needs a country: fill in country, or name a site (its country is used)"))
                }
            }
            if let subdivision = given("subdivision") { form.subdivision = subdivision }
            if let hours = given("working_hours") { form.workingHours = hours }
            if let weekend = given("weekend") { form.weekend = weekend }
            if let languages = given("languages") { form.languages = languages }

            var checked: CheckedPerson?
            do { checked = try form.checked() } catch {
                // A field this row already explained (a missing zone, a control character) is
                // not reported twice.
                var said = Set(errors.map(\.field))
                if siteRefused && current == nil {
                    if given("time_zone") == nil { said.insert(.timeZone) }
                    if given("country") == nil { said.formUnion([.country, .subdivision, .weekend]) }
                }
                errors.append(contentsOf: error.errors.filter { !said.contains($0.field) })
            }
            if !email.isEmpty, let earlier = seenEmails[email] {
                errors.append(FieldError(.email, "“\(email)” is already on line \(earlier)"))
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
