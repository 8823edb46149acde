import Hummingbird
import Worldtime

/// What data Crosswise runs on: the time zone release and where it came from, and the holiday
/// calendars built in; and the health check. Public: they hold nothing about anyone.
struct AboutController {
    let services: AppServices

    struct Calendar { let code, name, subdivisions: String }

    struct View {
        let tzdataVersion, tzdataSource, bundledVersion: String
        let zoneCount: Int
        let calendars: [Calendar]
        let festivalYears: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let db = TimeZoneDatabase.shared
        let view = View(
            tzdataVersion: db.version,
            tzdataSource: (db.source == .system ? "this server's /usr/share/zoneinfo (as new as the bundled copy or newer)" : "the copy bundled with Crosswise (the server's own is older or missing)")
                + (db.fallbackCount > 0 ? "; \(db.fallbackCount) zones it lacks or cannot read come from the \(db.source == .system ? "bundled" : "system") copy" : ""),
            bundledVersion: TimeZoneDatabase.bundledVersion,
            zoneCount: TimeZoneName.all.count,
            calendars: PublicHolidays.countries.map { code in
                let subs = PublicHolidays.subdivisions(of: code)
                return Calendar(code: code, name: Regions.countryName(code) ?? code,
                                subdivisions: subs.isEmpty ? "national" : subs.map { String($0.dropFirst(3)) }.joined(separator: ", "))
            },
            festivalYears: "\(PublicHolidays.festivalYears.lowerBound)–\(PublicHolidays.festivalYears.upperBound)")
        return services.page("about", title: "About", view, context: context, request: request, section: .about)
    }

    /// `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers
    /// and uptime checks, so it is plain text and needs no session. It answers within about a
    /// second even when the database hangs, and says 503 for a SQLite file that can no longer be
    /// written (read-only, or its disk nearly full), since such a server can only fail requests.
    @Sendable func health(request: Request, context: AppRequestContext) async throws -> Response {
        let healthy = await services.database.isHealthy()
        return Response(status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: .init(string: healthy ? "ok\n" : "database unavailable\n")))
    }
}
