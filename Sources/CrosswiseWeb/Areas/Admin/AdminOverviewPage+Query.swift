
/// How many of each thing an admin keeps, for the overview's cards.
struct AdminOverviewCounts: Sendable {
    var people = 0, teams = 0, sites = 0, clients = 0, holidayCalendars = 0, competencies = 0, apiKeys = 0

    static func query(_ services: AppServices, viewer: Viewer) async throws -> AdminOverviewCounts {
        let directory = services.directory(for: viewer)
        return AdminOverviewCounts(
            people: try await directory.personCount(), teams: try await directory.teams().count, sites: try await directory.sites().count,
            clients: try await directory.clients().count, holidayCalendars: try await directory.holidayCalendars().count,
            competencies: try await services.skills(for: viewer).currentFramework().active.count, apiKeys: try await directory.apiTokens().count)
    }
}
