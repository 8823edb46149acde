enum TodayRoute: SiteRoute, CaseIterable {
    case today

    // Signed out, Today sends you to sign in or to setup, so it is open to anyone.
    var spec: RouteSpec { .get("/", access: .anyone) }
}
