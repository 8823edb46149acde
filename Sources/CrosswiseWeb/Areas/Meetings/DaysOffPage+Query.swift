import CrosswiseStore
import Worldtime

extension DaysOffPage {
    /// The viewer's days off, and the form as it was sent when it was refused.
    struct Data {
        var daysOff: [DayOff] = []
        var today: CivilDate
        var first = "", last = ""
        var errors = FormErrors()
    }

    /// One query.
    static func gather(viewer: Viewer, services: AppServices) async throws -> Data {
        Data(daysOff: try await services.directory(for: viewer).daysOff(of: viewer.personID), today: services.today(for: viewer))
    }
}
