import Testing
@testable import Worldtime

@Suite struct RegionTests {
    @Test func countriesAndSubdivisionsComeFromISO3166() throws {
        #expect(try Regions.country("in") == "IN")
        #expect(try Regions.subdivision("in-ka", in: "IN") == "IN-KA")
        #expect(try Regions.subdivision("", in: "IN") == nil)
        #expect(Regions.countries.count > 240)
    }

    @Test func unknownOrMismatchedRegionsAreRefused() {
        #expect(throws: RegionError.unknownCountry("XX")) { try Regions.country("XX") }
        #expect(throws: RegionError.subdivisionOutsideCountry("US-NY", "IN")) { try Regions.subdivision("US-NY", in: "IN") }
        #expect(throws: RegionError.unknownSubdivision("IN-ZZ")) { try Regions.subdivision("IN-ZZ", in: "IN") }
    }

    @Test func weekendsFollowTheCountry() {
        #expect(Regions.defaultWeekend(for: "PH").text == "Sat, Sun")
        #expect(Regions.defaultWeekend(for: "EG").text == "Fri, Sat")
        #expect(Regions.defaultWeekend(for: "IN").text == "Sun")
    }

    @Test func zoneNamesAcceptIANANamesAndAliasesButNotAbbreviations() throws {
        #expect(try TimeZoneName("Asia/Manila").city == "Manila")
        #expect(try TimeZoneName("Asia/Calcutta").identifier == "Asia/Calcutta")
        #expect(try TimeZoneName("America/New_York").city == "New York")
        #expect(throws: TimeZoneNameError.unknown("IST")) { try TimeZoneName("IST") }
        #expect(throws: TimeZoneNameError.unknown("Mars/Olympus")) { try TimeZoneName("Mars/Olympus") }
        #expect(throws: TimeZoneNameError.empty) { try TimeZoneName(" ") }
    }
}
