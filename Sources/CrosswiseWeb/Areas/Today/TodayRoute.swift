import HTTPTypes

/// The first page: greeting, your shift, your teams' and clients' clocks.
enum TodayRoute: SiteRoute, CaseIterable {
    case today

    static var all: [TodayRoute] { allCases }
    var pattern: String { "/" }
    // Signed out, Today sends you to sign in or to setup, so it is open to anyone.
    var access: Access { .anyone }

}
