import CrosswiseStore
import Foundation
import Worldtime

extension MyMeetingsPage {
    /// The viewer's meetings that have not ended, and whether they have a calendar link.
    struct Data {
        var personID: UUID
        var isAdmin = false
        var zone: TimeZoneName
        /// The viewer's date, where a search for a new time starts.
        var today: CivilDate
        var meetings: [Meeting] = [], hasFeed = false
        /// The new calendar link, shown once right after it is made.
        var feedURL: String?
    }

    /// Six queries: the meetings with their attendees and organizer, and the feed.
    static func gather(viewer: Viewer, services: AppServices, feedURL: String? = nil) async throws -> Data {
        let book = services.meetings(for: viewer)
        let now = Int64(services.now().timeIntervalSince1970)
        return Data(personID: viewer.personID, isAdmin: viewer.isAdmin, zone: viewer.zone, today: services.today(for: viewer),
                    meetings: try await book.meetings(of: viewer.personID, endingAfter: now),
                    hasFeed: try await book.hasFeed(viewer.personID), feedURL: feedURL)
    }
}
