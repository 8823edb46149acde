import CrosswiseStore
import Foundation
import Hummingbird

/// My profile, and the same page for a lead or admin setting someone's (`.leadOf`, so the
/// gate has loaded that person). The place search is `PlaceSearchEndpoint`.
struct ProfileArea: Area {
    let services: AppServices

    func mount(on routes: inout Routes<ProfileRoute>) {
        let services = services
        routes.on(.mine) { request, context in
            let viewer = try context.requireViewer()
            return try await render(viewer.person, own: true, request: request, context: context)
        }
        routes.on(ProfileRoute.person) { request, context in
            let person = try Self.editable(context)
            return try await render(person, own: person.id == context.requireViewer().personID, request: request, context: context)
        }
        routes.on(.saveMine) { request, context in
            try await save(try context.requireViewer().person, own: true, request: request, context: context)
        }
        routes.on(ProfileRoute.savePerson) { request, context in
            let person = try Self.editable(context)
            return try await save(person, own: person.id == context.requireViewer().personID, request: request, context: context)
        }
        routes.on(.newFeed) { request, context in
            let viewer = try context.requireViewer()
            let token = try await services.meetings(for: viewer).newFeedToken(for: viewer.personID)
            return try await render(viewer.person, own: true, request: nil, context: context,
                                    feedURL: services.linkBase + MeetingsRoute.feed(file: "\(token).ics").path)
        }
        routes.on(.places) { request, _ in PlaceSearchEndpoint.answer(request) }
        routes.on(.people) { request, context in
            let viewer = try context.requireViewer()
            return try await PeopleSearchEndpoint.answer(request, directory: services.directory(for: viewer), viewer: viewer.personID)
        }
    }

    /// The person a lead or admin may set: `.leadOf` has checked the team, but an admin who is
    /// also a member of the lead's team is still only set by admins (the outside review found a
    /// lead rewriting an admin's hours). Not found, as for anyone outside the lead's teams.
    static func editable(_ context: AppRequestContext) throws -> Person {
        let person = try context.requireSubject(), viewer = try context.requireViewer()
        guard person.role != .admin || viewer.isAdmin || person.id == viewer.personID else { throw HTTPError(.notFound) }
        return person
    }

    private func render(_ person: Person, own: Bool, request: Request?, context: AppRequestContext, values: MyProfilePage.Values? = nil,
                        feedURL: String? = nil, errors: FormErrors = FormErrors()) async throws -> Response {
        let viewer = try context.requireViewer()
        // Notice choices and the calendar link are the person's own; a lead's view has neither.
        var notices: [InboxPage.Kind] = [], hasFeed = false
        if own {
            notices = InboxPage.kinds(try await services.notices(for: viewer).preferences(of: viewer.personID))
            hasFeed = try await services.meetings(for: viewer).hasFeed(viewer.personID)
        }
        let query = String((request?.uri.queryParameters.get(MyProfilePage.placeSearch) ?? "").prefix(PlaceSearchEndpoint.maxQuery))
        let stored = MyProfilePage.Values(profile: ProfileForm(person: person), rows: nil, hoursBefore: person.workingHours)
        let page = MyProfilePage(person: person, isOwn: own, values: values ?? stored, placeQuery: query, notices: notices,
                                 emailOn: services.configuration.emailOn, hasFeed: hasFeed, feedURL: feedURL, errors: errors)
        return services.page("profile", title: page.heading, page, context: context, request: request, section: .account, status: errors.status)
    }

    private func save(_ person: Person, own: Bool, request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        var profile = ProfileForm()
        profile.timeZone = form[MyProfilePage.timeZone.name]
        profile.country = form[MyProfilePage.country.name]
        profile.subdivision = form[MyProfilePage.subdivision.name]
        // A place chosen from the search's list (without JavaScript) sets all three; the store checks them like typed ones.
        let choice = form[MyProfilePage.placeChoice].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if choice.count == 3 { (profile.timeZone, profile.country, profile.subdivision) = (choice[0], choice[1], choice[2]) }
        profile.weekend = form[MyProfilePage.weekend.name]
        profile.languages = form[MyProfilePage.languages.name]
        profile.workingHours = form.text(HoursEditor.text.name)
        // A refused form is shown as sent: the text box and the rows each keep what was typed.
        let values = MyProfilePage.Values(profile: profile, rows: HoursEditor.rows(from: form), hoursBefore: form[HoursEditor.before])
        let chosen: (text: String, source: HoursEditor.Source)
        do {
            chosen = try HoursEditor.choose(from: form)
        } catch {
            return try await render(person, own: own, request: nil, context: context, values: values, errors: error)
        }
        profile.workingHours = chosen.text
        let source = chosen.source
        do {
            try await services.directory(for: viewer).saveProfile(profile, of: person.requireID())
        } catch let failure as ValidationFailure {
            return try await render(person, own: own, request: nil, context: context, values: values,
                                    errors: FormErrors(failure, fields: MyProfilePage.formFields))
        } catch DirectoryError.notFound {
            throw HTTPError(.notFound)
        }
        if own { try await InboxPage.saveChoices(form, with: services.notices(for: viewer), of: viewer.personID) }
        let notice: Notice = switch source {
        case .unchanged: .saved
        case .days: .hoursFromDays
        case .text: .hoursFromText
        case .textOverDays: .hoursFromTextOverDays
        }
        let id = try person.requireID()
        return seeOther(own ? ProfileRoute.mine.path : ProfileRoute.person(id).path, notice: notice)
    }
}
