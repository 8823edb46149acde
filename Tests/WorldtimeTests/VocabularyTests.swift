import Foundation
import Testing
import Worldtime

@Suite struct VocabularyTests {
    @Test func everyStatusHasItsOwnLabelInThePagesWords() {
        let labels = WorkStatus.allCases.map(\.label)
        #expect(Set(labels).count == WorkStatus.allCases.count)
        #expect(labels == ["working", "early", "late", "off shift", "sleep hours", "weekend", "holiday", "day off"])
    }

    @Test func plannerLabelsComeFromTheOneVocabulary() {
        for availability in Availability.allCases where availability != .busy {
            #expect(availability.label == WorkStatus(availability).label)
        }
        #expect(Availability.night.label == "sleep hours")
        #expect(Availability.holiday.label == "holiday")
        #expect(Availability.busy.label == "in another meeting")
        // Storage codes stay as they were: booked meetings keep reading back.
        #expect(Availability.night.code == "night" && Availability(code: "night") == .night)
    }

    @Test func clientsAreOpenClosedOrOnHolidayNeverAsleep() {
        #expect(Set(WorkStatus.allCases.map(\.clientLabel)) == ["business hours", "closed", "holiday"])
        #expect(WorkStatus.sleepHours.clientLabel == "closed")
    }

    @Test func aPersonAtTheBengaluruSiteIsInBengaluruNotKolkata() {
        #expect(personPlace(zone: "Asia/Kolkata", siteCity: "Bengaluru", siteZone: "Asia/Kolkata") == "Bengaluru")
    }

    @Test func aPersonOnAnotherClockThanTheirSiteIsNamedByTheirZone() {
        #expect(personPlace(zone: "Europe/Lisbon", siteCity: "Bengaluru", siteZone: "Asia/Kolkata") == "Lisbon")
        #expect(personPlace(zone: "America/New_York", siteCity: nil, siteZone: nil) == "New York")
        #expect(personPlace(zone: "Asia/Kolkata", siteCity: "  ", siteZone: "Asia/Kolkata") == "Kolkata")
    }
}
