@testable import CrosswiseStore
import FluentKit
import Foundation
import Skills
import SQLKit
import Testing

/// A person's export and erasure on both databases, with every area holding something about
/// them and about the people around them.
@Suite struct PersonalDataTests {
    let passwords = Passwords(cost: 4)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    struct World {
        let db: CrosswiseDatabase
        let organizationID: UUID
        let admin: Person
        /// The person exported or erased, a colleague and their lead.
        let subject: Person, colleague: Person, lead: Person
        let attended: MeetingAttendee
        var data: PersonalData { PersonalData(db: db.db, organizationID: organizationID) }
        var adminActor: AuditActor { .person(admin.id!, role: .admin) }
    }

    func person(_ name: String, _ role: String, team: UUID, in directory: Directory) async throws -> Person {
        var form = PersonForm()
        form.name = name
        form.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
        form.role = role
        form.teamIDs = [team]
        form.timeZone = "Asia/Manila"
        form.country = "PH"
        form.workingHours = "Mon-Fri 21:00-06:00"
        return try await directory.savePerson(form)
    }

    /// Fills every area for the subject, and gives the colleague and the lead records that
    /// mention the subject or come from them.
    func world(_ kind: String) async throws -> World {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        let orgID = admin.$organization.id
        let directory = Directory(db: db.db, organizationID: orgID, actor: .person(admin.id!, role: .admin))
        let team = try #require(try await directory.teams().first)
        let subject = try await person("Zofia Quintero Lark", "member", team: team.id!, in: directory)
        let colleague = try await person("Bartholomew Okonkwo Vale", "member", team: team.id!, in: directory)
        let lead = try await person("Lucinda Marchetti Wren", "lead", team: team.id!, in: directory)
        var edit = PersonForm(person: subject, teamIDs: [team.id!])
        edit.timeZone = "Asia/Tokyo"
        try await directory.savePerson(edit, id: subject.id)

        let accounts = Accounts(db: db.db, passwords: passwords)
        try await accounts.setPassword(of: subject, to: "quiet harbour lantern", by: .person(admin.id!, role: .admin))
        _ = try await accounts.startSession(for: subject)
        _ = try await accounts.signIn(email: subject.email, password: "not the password")
        _ = try await accounts.requestReset(email: subject.email)

        let id = subject.id!
        try await directory.addDayOff(personID: id, first: "2026-12-24", last: "2026-12-26", today: .init(year: 2026, month: 12, day: 1))
        try await directory.recordChecks(personID: id, day: "2026-11-30", counts: ["privacy.card-number": 2])
        _ = try await MeetingBook(db: db.db, organizationID: orgID).newFeedToken(for: id)
        var site = SiteForm()
        site.name = "Davao hub"
        site.city = "Davao"
        site.country = "PH"
        site.timeZone = "Asia/Manila"
        try await Directory(db: db.db, organizationID: orgID, actor: .person(id, role: .member)).saveSite(site)

        let book = SkillsBook(db: db.db, organizationID: orgID)
        let framework = try await book.currentFramework()
        let assessment = try await book.resumeOrStartAssessment(for: id)
        try await book.saveAnswers(SkillsBookTests().fullSheet(framework), to: assessment.id!, of: id)
        try await book.completeAssessment(assessment.id!, of: id, at: now)
        try await book.recordRatings([.init(competency: "teamwork", level: 4, comment: "Covers the 3 a.m. handover", example: "Ohio queue, week 48")],
                                     of: id, by: lead.id!, at: now)
        try await book.recordRatings([.init(competency: "teamwork", level: 3, comment: "Clear shift notes", example: "Week 47 notes")],
                                     of: colleague.id!, by: id, at: now)
        let entry = try #require(framework.entryRole)
        let next = try #require(framework.nextRoles(after: entry).first)
        try await book.setCareer(of: id, current: entry.id, target: next.id)
        let plan = try await book.draftPlan(for: id, towards: next.id, at: now)
        try await book.addNote(to: plan.id!, of: id, by: id, kind: "check-in", day: "2026-11-20", text: "Joined a guild call")
        try await book.addNote(to: plan.id!, of: id, by: lead.id!, kind: "comment", day: "2026-11-21", text: "Good start")

        let own = Meeting(organizationID: orgID, organizerID: id, teamID: team.id, seriesID: nil, title: "Handover with Zofia Quintero Lark",
                          startsAt: 1_795_000_000, endsAt: 1_795_001_800, timeZone: "Asia/Manila")
        let theirs = Meeting(organizationID: orgID, organizerID: colleague.id!, teamID: team.id, seriesID: nil, title: "Queue review",
                             startsAt: 1_795_100_000, endsAt: 1_795_101_800, timeZone: "Asia/Manila")
        try await own.create(on: db.db)
        try await theirs.create(on: db.db)
        let attended = MeetingAttendee(meetingID: theirs.id!, personID: id, clientID: nil, participantKey: "person:\(id)",
                                       name: subject.name, cost: 80, availability: "night")
        for meeting in [own, theirs] {
            try await MeetingAttendee(meetingID: meeting.id!, personID: colleague.id!, clientID: nil, participantKey: "person:\(colleague.id!)",
                                      name: colleague.name, cost: 0, availability: "working").create(on: db.db)
        }
        try await MeetingAttendee(meetingID: own.id!, personID: id, clientID: nil, participantKey: "person:\(id)",
                                  name: subject.name, cost: 0, availability: "working").create(on: db.db)
        try await attended.create(on: db.db)
        return World(db: db, organizationID: orgID, admin: admin, subject: subject, colleague: colleague, lead: lead, attended: attended)
    }

    /// Found by an outside review: erasing "Ed" rewrote "booked" in everyone's notices, and a
    /// name split by the calendar's 75-octet folding or written "Nair\\, Rohan" survived.
    @Test func scrubbingReplacesWholeNamesOnlyAndAFoldedInvitationIsStillFound() {
        let ed = Erasure(personID: UUID(), organizationID: UUID(), name: "Ed", email: "ed@example.org", formerKey: "former:x")
        #expect(ed.scrub("Meeting booked: Ed's sync (ED@example.org), edited by Edna")
            == "Meeting booked: a former colleague's sync (a former colleague), edited by Edna")
        let rohan = Erasure(personID: UUID(), organizationID: UUID(), name: "Nair, Rohan", email: "rohan@example.org", formerKey: "former:y")
        let invitation = "BEGIN:VEVENT\r\nDESCRIPTION:Planned with Crosswise for Priya Nair (Asia/Kolkata)\\, Nair\r\n \\, Rohan (Asia/Kolkata)\r\nEND:VEVENT"
        #expect(!rohan.mentions(invitation) && rohan.mentions(NoticesData.unfolded(invitation)))
    }

    @Test(arguments: TestDatabases.kinds)
    func theExportHasEverySectionFilledAndNothingOfAnotherPerson(kind: String) async throws {
        let world = try await world(kind)
        let document = try await world.data.export(world.subject.id!)
        #expect(Set(document.sections.keys) == Set(PersonalData.areas.map(\.section)))
        let s = document.sections
        #expect(s["profile"]?["email"] == .string(world.subject.email) && s["profile"]?["timeZone"] == .string("Asia/Tokyo"))
        #expect(s["account"]?["hasPassword"] == .bool(true) && s["account"]?["pendingPasswordResetLinks"] == .int(1))
        #expect(s["account"]?["signInFailures"]?["failedInARow"] == .int(1))
        #expect(s["sessions"]?.array?.count == 1)
        #expect(s["teams"]?.array?.count == 1)
        #expect(s["skills"]?["assessments"]?.array?.count == 1)
        #expect(s["skills"]?["evidence"]?.array?.contains { $0["comment"] == .string("Covers the 3 a.m. handover") } == true)
        #expect(s["skills"]?["ratingsGiven"]?.array?.map { $0["comment"] } == [.string("Clear shift notes")])
        #expect(s["skills"]?["plans"]?.array?.first?["notes"]?.array?.count == 2)
        #expect(s["skills"]?["career"] != .null)
        #expect(s["meetings"]?["organized"]?.array?.count == 1 && s["meetings"]?["attended"]?.array?.count == 2)
        #expect(s["daysOff"]?.array?.first?["firstDay"] == .string("2026-12-24"))
        #expect(s["writingChecks"]?.array?.first?["count"] == .int(2))
        #expect(s["calendarFeed"]?["exists"] == .bool(true))
        let inbox = s["notices"]?["inbox"]?.array?.map { $0["kind"] }
        #expect(inbox?.contains(.string("lead-comment")) == true && inbox?.contains(.string("lead-rating")) == true)
        // The demo organization's addresses are made up, so nothing was queued to be e-mailed.
        #expect(s["notices"]?["emails"]?.array?.isEmpty == true)
        #expect(s["auditLog"]?.array?.map { $0["action"] } == [.string("created"), .string("updated"), .string("updated")])

        let json = String(decoding: try document.json(), as: UTF8.self)
        #expect(try ExportDocument.decode(Data(json.utf8)) == document)
        for other in [world.colleague, world.lead, world.admin] {
            #expect(!json.contains(other.name) && !json.contains(other.email), "the export names \(other.name)")
        }
        let hash = try #require(try await Person.find(world.subject.id, on: world.db.db)?.passwordHash)
        #expect(!json.contains(hash) && !json.contains(world.subject.id!.uuidString.lowercased() + "\""))
        await world.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anErasedPersonsNameAndEmailAreInNoTableAndOthersKeepTheirHistory(kind: String) async throws {
        let world = try await world(kind)
        let id = world.subject.id!
        try await world.data.erase(id, by: world.adminActor)

        let texts = try await allText(in: world.db, kind: kind)
        for needle in [world.subject.name, world.subject.email] {
            let hits = texts.filter { $0.text.lowercased().contains(needle.lowercased()) }
            #expect(hits.isEmpty, "still in \(hits.map(\.table))")
        }
        let db = world.db.db
        let seat = try #require(try await MeetingAttendee.find(world.attended.id, on: db))
        #expect(seat.name == Erasure.standIn && seat.$person.id == nil && seat.participantKey.hasPrefix("former:") && seat.cost == 80)
        let given = try await EvidenceRecord.query(on: db).filter(\.$person.$id == world.colleague.id!).all()
        #expect(given.count == 1 && given[0].$recordedBy.id == nil && given[0].comment == "Clear shift notes")
        #expect(try await Meeting.query(on: db).filter(\.$organizer.$id == id).count() == 1)
        let left = [
            try await SessionRecord.query(on: db).filter(\.$person.$id == id).count(),
            try await DayOff.query(on: db).filter(\.$person.$id == id).count(),
            try await CheckCount.query(on: db).filter(\.$person.$id == id).count(),
            try await CalendarFeed.query(on: db).filter(\.$person.$id == id).count(),
            try await Assessment.query(on: db).filter(\.$person.$id == id).count(),
            try await EvidenceRecord.query(on: db).filter(\.$person.$id == id).count(),
            try await DevelopmentPlan.query(on: db).filter(\.$person.$id == id).count(),
            try await TeamMembership.query(on: db).filter(\.$person.$id == id).count(),
        ]
        #expect(left == Array(repeating: 0, count: left.count), "rows of their own are left")

        let log = AuditLog(db: db, organizationID: world.organizationID)
        let lines = try await log.entries().lines
        #expect(lines.first?.action == .erased && lines.first?.actor == world.admin.name)
        #expect(lines.first { $0.subject == .site }?.actor == AuditActor.erasedLabel)
        #expect(try await Directory(db: db, organizationID: world.organizationID).person(id) == nil)
        await #expect(throws: DirectoryError.notFound) { try await world.data.export(id) }
        await world.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theLastActiveAdminCannotBeErased(kind: String) async throws {
        let world = try await world(kind)
        await #expect(throws: PersonalData.ErasureRefused.lastAdmin) { try await world.data.erase(world.admin.id!, by: .commandLine) }
        #expect(try await Person.find(world.admin.id, on: world.db.db)?.erasedAt == nil)
        await world.db.shutdown()
    }

    /// Every text value of every table, read row by row.
    func allText(in database: CrosswiseDatabase, kind: String) async throws -> [(table: String, text: String)] {
        let sql = database.db as! any SQLDatabase
        let tables = kind == "postgres"
            ? try await sql.raw("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()").all()
            : try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
        var found: [(String, String)] = []
        for table in try tables.map({ try $0.decode(column: "name", as: String.self) }) {
            for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                for column in row.allColumns {
                    if let text = try? row.decode(column: column, as: String.self) { found.append((table, text)) }
                }
            }
        }
        #expect(found.contains { $0.0 == "people" }, "the scan read no rows")
        return found
    }
}
