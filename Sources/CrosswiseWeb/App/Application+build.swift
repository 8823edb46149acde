import CrosswiseStore
import Foundation
import Hummingbird
import Logging

/// The router with every middleware and controller. Tests drive this directly.
public func buildRouter(services: AppServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    // Order matters: log everything; headers on every answer; static files need no session;
    // the session is read before the inner error pages so they can show the navigation; CSRF
    // checks every POST before a controller sees it.
    router.add(middleware: RequestLog())
    router.add(middleware: SecurityHeaders())
    router.add(middleware: FileMiddleware(Bundle.module.resourcePath! + "/static", urlBasePath: "/static",
                                          cacheControl: .init([(MediaType(type: .any), [.maxAge(3600), .public])]))
        // The error pages below answer unmatched paths with a rendered 404 instead of throwing,
        // so the file middleware must look for a file on a 404 response too.
        .withServeOnNotFoundResponse())
    // Errors while reading the session (the database is down) meet this outer error page,
    // which renders without navigation; everything after the session meets the inner one.
    router.add(middleware: ErrorPages(services: services))
    router.add(middleware: SessionAuth(services: services))
    router.add(middleware: ErrorPages(services: services))
    router.add(middleware: CSRFProtection())
    HealthController(services: services).addRoutes(to: router)
    AuthController(services: services).addRoutes(to: router)
    TodayController(services: services).addRoutes(to: router)
    TeamController(services: services).addRoutes(to: router)
    MeetingsController(services: services).addRoutes(to: router)
    MyMeetingsController(services: services).addRoutes(to: router)
    DaysOffController(services: services).addRoutes(to: router)
    CheckController(services: services).addRoutes(to: router)
    CheckAPIController(services: services).addRoutes(to: router)
    SkillsController(services: services).addRoutes(to: router)
    AssessmentController(services: services).addRoutes(to: router)
    PlanController(services: services).addRoutes(to: router)
    FrameworkController(services: services).addRoutes(to: router)
    TeamSkillsController(services: services).addRoutes(to: router)
    WorldClockController(services: services).addRoutes(to: router)
    AboutController(services: services).addRoutes(to: router)
    AdminController(services: services).addRoutes(to: router)
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
