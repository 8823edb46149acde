import Foundation
import Hummingbird
import Logging

/// Every area of the site, in the order of the navigation bar. Adding an area is one line here.
/// Computed, not stored: a stored global of metatypes is not `Sendable` to the compiler.
var siteAreas: [any Area.Type] {
    [TodayArea.self, TeamArea.self, MeetingsArea.self, CheckArea.self, SkillsArea.self, AdminArea.self, AccountArea.self, AboutArea.self,
     InboxArea.self, ProfileArea.self,
     FeedbackArea.self,
     CultureArea.self, ClientFeedbackArea.self]
}

/// The router with every middleware and area. Tests drive this directly.
public func buildRouter(services: AppServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    // Order matters: log everything; headers on every answer; static files need no session;
    // the session is read before the inner error pages so they can show the navigation.
    router.add(middleware: RequestLog())
    router.add(middleware: SecurityHeaders())
    router.add(middleware: FileMiddleware(Bundle.module.bundleURL.appendingPathComponent("static").path, urlBasePath: StaticRoute.prefix,
                                          cacheControl: .init([(MediaType(type: .any), [.maxAge(3600), .public])]))
        // The error pages below answer unmatched paths with a rendered 404 instead of throwing,
        // so the file middleware must look for a file on a 404 response too.
        .withServeOnNotFoundResponse())
    // Errors while reading the session (the database is down) meet this outer error page,
    // which renders without navigation; everything after the session meets the inner one.
    router.add(middleware: ErrorPages(services: services))
    router.add(middleware: SessionAuth(services: services))
    router.add(middleware: ErrorPages(services: services))
    // Each route's own gate (access, body limit, CSRF) sits on its group; see RouteGate.
    for area in siteAreas { router.mount(area, services: services) }
    return router
}

/// The whole web application, with the database as a service beside the server so that a
/// SIGTERM lets requests in flight finish before the database closes.
public func buildApplication(services: AppServices, logger: Logger, onServerRunning: (@Sendable (Int) async -> Void)? = nil) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services: services),
        // A connection that sends nothing for 30 seconds, between requests or in the middle of
        // one, is closed: a client trickling a body cannot hold a connection for ever.
        server: .http1(configuration: .init(idleTimeout: .seconds(30))),
        configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port), serverName: "Crosswise"),
        services: [services.database],
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? services.configuration.port
            services.listeningPort.withLockedValue { $0 = port }
            await onServerRunning?(port)
        },
        logger: logger)
}
