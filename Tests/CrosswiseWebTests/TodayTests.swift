import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Skills
import Testing
import Worldtime

/// Today answers "what matters to me now": for a member, a lead, an admin, and someone new.
@Suite struct TodayTests {
    /// 2026-11-23 14:00 UTC: 22:00 on Monday in Manila, when the Night Desk is on shift, and
    /// 19:30 in Bengaluru, two and a half hours before the Claims Back Office goes home.
    static let monday = Date(timeIntervalSince1970: 1_795_442_400)
    /// Tuesday 03:00 UTC: 11:00 in Manila and 08:30 in Bengaluru, sleep hours for both shifts.
    static let tuesdayMorning: Int64 = 1_795_442_400 + 13 * 3600

    /// A meeting tomorrow that the planner booked into its attendees' sleep hours.
    func bookNightMeeting(_ app: TestApp, title: String, organizer: Person, attendees: [Person]) async throws {
        let meeting = Meeting(organizationID: organizer.$organization.id, organizerID: organizer.id!, teamID: nil, seriesID: nil, title: title,
                              startsAt: Self.tuesdayMorning, endsAt: Self.tuesdayMorning + 1800, timeZone: organizer.timeZone)
        try await meeting.create(on: app.services.db)
        for person in attendees {
            try await MeetingAttendee(meetingID: meeting.id!, personID: person.id!, clientID: nil, participantKey: "person:\(person.id!)",
                                      name: person.name, cost: 80, availability: Availability.night.code).create(on: app.services.db)
        }
    }

    @Test func aMemberReadsTheirShiftTheirMeetingsAndWhatWaits() async throws {
        try await TestApp.with(now: Self.monday) { app in
            let angelica = try await app.person(TestApp.member), priya = try await app.person(TestApp.lead)
            try await bookNightMeeting(app, title: "Refund policy walkthrough", organizer: priya, attendees: [angelica, priya])
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/", cookie: cookie).text
                #expect(page.contains("Good evening, Angelica"))
                // Her place is her site's city, not the zone's.
                #expect(page.contains("It is 22:00 on Mon 23 Nov in Pasig (UTC+08:00)."))
                #expect(page.contains(">working</span>") && page.contains("On shift, 8 h left."))
                #expect(page.contains("Refund policy walkthrough") && page.contains("Tomorrow 11:00–11:30"))
                #expect(page.contains("At an odd hour: ") && page.contains("you (sleep hours)") && page.contains("Priya Nair (sleep hours)"))
                // The demo's lead rating left her one unread notice, and nothing else waits.
                #expect(page.contains("<a href=\"/inbox\">1 unread notice</a>") && !page.contains("/skills/assessment\">"))
                #expect(page.contains("No public holiday today"))
                #expect(page.contains("None booked.") && page.contains("href=\"/days-off\""))
                // Team clocks moved to the team page; Today links to it and has no lead panels.
                #expect(page.contains("Team clocks: <a href=\"/teams/"))
                #expect(!page.contains("class=\"clock ") && !page.contains("Now in <a href="))
            }
        }
    }

    @Test func aMemberWithNoMeetingsIsToldHowToPlanOne() async throws {
        try await TestApp.with(now: Self.monday) { app in
            try await app.run { client in
                let page = try await client.get("/", cookie: try await client.signIn(TestApp.member)).text
                #expect(page.contains("No meetings today or tomorrow. <a href=\"/meetings\">Plan a meeting</a>"))
            }
        }
    }

    @Test func whatWaitsLinksToWhereItIsDone() async throws {
        try await TestApp.with(now: Self.monday) { app in
            let angelica = try await app.person(TestApp.member)
            let orgID = angelica.$organization.id
            let notices = Notices(db: app.services.db, organizationID: orgID, now: { Self.monday })
            try await notices.post(NewNotice(to: angelica.id!, kind: .checkInDue, title: "A check-in on your plan is due", body: "Write a few lines."),
                                   on: app.services.db)
            _ = try await SkillsBook(db: app.services.db, organizationID: orgID).resumeOrStartAssessment(for: angelica.id!)
            try await app.run { client in
                let page = try await client.get("/", cookie: try await client.signIn(TestApp.member)).text
                #expect(page.contains("<a href=\"/inbox\">2 unread notices</a>"))
                #expect(page.contains("<a href=\"/skills/plan\">A check-in on your development plan is due</a>"))
                #expect(page.contains("<a href=\"/skills/assessment\">Your self-assessment is not finished</a>"))
                #expect(!page.contains("Nothing waits for you"))
            }
        }
    }

    @Test func aLeadSeesWhoIsOnNowWhatTheirPeopleWaitOnAndNightMeetings() async throws {
        try await TestApp.with(now: Self.monday) { app in
            let priya = try await app.person(TestApp.lead), arjun = try await app.person("arjun.rao@meridianshore.example.com")
            let book = SkillsBook(db: app.services.db, organizationID: priya.$organization.id)
            // Arjun finishes a self-assessment after his last rating and checks in on his plan.
            let framework = try await book.currentFramework()
            var answers = AssessmentAnswers()
            for c in framework.active {
                for (i, s) in c.statements.enumerated() { answers.frequencies[AssessmentAnswers.key(c.id, i)] = s.reversed ? 2 : 4 }
                for s in c.scenarios { answers.choices[s.id] = s.options.firstIndex { $0.effectiveness == 4 } }
            }
            let assessment = try await book.resumeOrStartAssessment(for: arjun.id!)
            try await book.saveAnswers(answers, to: assessment.id!, of: arjun.id!)
            // Finished now, after the demo's ratings (made a few days before the demo loaded).
            _ = try await book.completeAssessment(assessment.id!, of: arjun.id!, at: Date())
            let career = try await book.career(of: arjun.id!, in: framework)
            var plan = try await book.currentPlan(of: arjun.id!)
            if plan == nil { plan = try await book.draftPlan(for: arjun.id!, towards: career.target!.id, at: Self.monday) }
            let planID = try #require(plan?.id)
            try await book.addNote(to: planID, of: arjun.id!, by: arjun.id!, kind: "check-in", day: "2026-11-23", text: "Practised one call")
            try await bookNightMeeting(app, title: "Claims audit prep", organizer: priya, attendees: [arjun])
            try await app.run { client in
                let page = try await client.get("/", cookie: try await client.signIn(TestApp.lead)).text
                #expect(page.contains("On shift, 2 h 30 min left."))
                #expect(page.contains("Now in <a href=\"/teams/") && page.contains("Claims Back Office</a>"))
                #expect(page.contains("<strong>Arjun Rao</strong> <span class=\"hint\">19:30 in Bengaluru</span>"))
                #expect(!page.contains("Kolkata"))
                #expect(page.contains("1 person waits for your rating of their self-assessment"))
                #expect(page.contains("1 plan check-in waits for your comment"))
                #expect(page.contains("<strong>Arjun Rao</strong>: Claims audit prep, Tue 24 Nov 08:30 in Bengaluru"))
            }
        }
    }

    @Test func anAdminWhoLeadsNoTeamSeesTheMemberViewWithTheirTeams() async throws {
        try await TestApp.with(now: Self.monday) { app in
            try await app.run { client in
                let page = try await client.get("/", cookie: try await client.signIn(TestApp.admin)).text
                #expect(page.contains("Good evening, Isabel") && page.contains("Waiting for you"))
                #expect(page.contains("Night Desk – Customer Care</a>") && page.contains("Claims Back Office</a>"))
                #expect(!page.contains("Now in <a href=") && !page.contains("Meetings in sleep hours"))
            }
        }
    }

    @Test func someoneInNoTeamIsToldWhatComesNext() async throws {
        try await TestApp.with(now: Self.monday) { app in
            let angelica = try await app.person(TestApp.member)
            try await TeamMembership.query(on: app.services.db).filter(\.$person.$id == angelica.id!).delete()
            try await InboxNotice.query(on: app.services.db).filter(\.$person.$id == angelica.id!).set(\.$readAt, to: Date()).update()
            try await app.run { client in
                let page = try await client.get("/", cookie: try await client.signIn(TestApp.member)).text
                #expect(page.contains("You are not in a team yet") && !page.contains("Set up teams"))
                #expect(page.contains("Nothing waits for you") && page.contains("No meetings today or tomorrow"))
                #expect(page.contains("On shift, 8 h left."))
            }
        }
    }

    @Test func todayReadsInAFewStatementsWhateverTheTeamSize() async throws {
        try await TestApp.with(people: 200, now: Self.monday) { app in
            try await app.run { client in
                for email in [TestApp.member, TestApp.lead] {
                    let cookie = try await client.signIn(email)
                    let (response, queries) = try await app.queries.counting { try await client.get("/", cookie: cookie) }
                    #expect(response.status == .ok)
                    #expect(queries <= 18, "GET / made \(queries) statements for \(email): \(app.queries.byTable)")
                }
            }
        }
    }

    @Test func theTeamPageCarriesTheClocksInTheOneVocabulary() async throws {
        try await TestApp.with(now: Self.monday) { app in
            let team = try await Team.query(on: app.services.db).filter(\.$name == "Night Desk – Customer Care").first()!
            try await app.run { client in
                let page = try await client.get("/teams/\(team.id!)", cookie: try await client.signIn(TestApp.member)).text
                #expect(page.contains("Angelica Santos") && page.contains("22:00") && page.contains("Pasig"))
                #expect(page.contains(">working</span>"))
                // New York at 09:00 on Monday: the client keeps business hours, never a shift.
                #expect(page.contains(">business hours</span>") && !page.contains(">night</span>"))
            }
        }
    }
}
