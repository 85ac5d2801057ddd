package vn.election.awards.report;

import java.time.LocalDate;

/** Dates as Vietnamese administrative documents write them (K-10, Decree 30/2020). */
final class VietnameseDates {

    private VietnameseDates() {}

    /**
     * {@code ngày 05 tháng 02 năm 2021}: the day zero-padded below 10, the month zero-padded for January
     * and February only (so that "tháng 1" cannot be extended to "tháng 11" or "tháng 12").
     */
    static String longForm(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
