import Testing
@testable import Worldtime

/// The per-day editor: rows in, the same `WeeklyHours` (and canonical text) out.
@Suite struct WeeklyHoursFormTests {
    @Test func existingHoursRoundTripThroughTheRows() throws {
        for text in ["Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00", "Sun-Thu 21:00-06:00", "Mon-Sun 00:00-24:00"] {
            let hours = try WeeklyHours.parse(text)
            let form = WeeklyHoursForm(hours)
            #expect(form.rows.count == 7)
            #expect(try form.hours() == hours)
            #expect(try form.hours().text == hours.text)
        }
    }

    @Test func rowsShowCanonicalTimesAndDaysOffAsEmptyRows() throws {
        let form = WeeklyHoursForm(try WeeklyHours.parse("Mon 9-5"))
        #expect(form.rows[0].ranges == [.init(start: "09:00", end: "17:00")])
        #expect(form.rows[1].day == .tuesday)
        #expect(form.rows[1].ranges.isEmpty)
    }

    @Test func typedFieldsAreReadLikeTheTextForm() throws {
        var form = WeeklyHoursForm()
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
            form.set(day, [.init(start: "9", end: "12"), .init(start: "1", end: "5pm"), .init(start: " ", end: "")])
        }
        form.set(.saturday, [.init(start: "21:00", end: "06:00")])
        #expect(try form.hours().text == "Mon-Fri 09:00-12:00,13:00-17:00; Sat 21:00-06:00")
    }

    @Test func aRefusalNamesTheRowsDay() {
        var form = WeeklyHoursForm()
        form.set(.wednesday, [.init(start: "9", end: "9")])
        #expect(throws: WeeklyHoursFormError(day: .wednesday, problem: .emptyRange("09:00-09:00"))) { try form.hours() }
        form.set(.wednesday, [.init(start: "9", end: "1"), .init(start: "12", end: "5")])
        #expect(throws: WeeklyHoursFormError.self) { try form.hours() }
        #expect((try? form.hours()) == nil)
    }

    @Test func anOvernightRangeRunningIntoTheNextDaysHoursIsPinnedOnTheNextDay() {
        var form = WeeklyHoursForm()
        form.set(.monday, [.init(start: "18:00", end: "10:00")])
        form.set(.tuesday, [.init(start: "9", end: "5")])
        #expect((try? form.hours()) == nil)
        do {
            _ = try form.hours()
        } catch {
            #expect(error.day == .tuesday)
        }
    }

    @Test func anEmptyFormIsNoWorkingHours() throws {
        #expect(try WeeklyHoursForm().hours().isEmpty)
    }
}
