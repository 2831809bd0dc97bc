package dev.glossarytutor.totd;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses what instructors type for times, zones, days and dates, with messages that say what is expected. */
public final class TotdInput {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm)?");

    private TotdInput() {
    }

    /** "09:00", "9:30", "14.15", "9am", "2:30 pm". */
    public static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException("'" + text.strip() + "' is not a time; use 24-hour HH:MM such as 09:00 or 14:30");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                throw new InvalidInputException("'" + text.strip() + "': with am/pm the hour must be 1 to 12");
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new InvalidInputException("'" + text.strip() + "' is not a time of day; use HH:MM from 00:00 to 23:59");
        }
        return LocalTime.of(hour, minute);
    }

    /** An IANA zone such as Europe/Berlin, in any letter case; UTC is accepted too. */
    public static ZoneId zone(String text) {
        String t = text.strip();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(t)) {
                return ZoneId.of(id);
            }
        }
        if (t.equalsIgnoreCase("utc") || t.equalsIgnoreCase("z")) {
            return ZoneId.of("UTC");
        }
        throw new InvalidInputException("'" + t + "' is not a time zone; use an IANA name such as Europe/Berlin or America/New_York");
    }

    /** "daily", "weekdays", "weekends", "mon-fri", "mon,wed,fri", "tuesday thursday". */
    public static Set<DayOfWeek> days(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "daily", "every day", "everyday", "all" -> {
                return EnumSet.allOf(DayOfWeek.class);
            }
            case "weekdays" -> {
                return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            }
            case "weekends", "weekend" -> {
                return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            default -> {
                // fall through to the list form
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else if (range.length == 1) {
                days.add(day(part));
            } else {
                throw daysError(text);
            }
        }
        if (days.isEmpty()) {
            throw daysError(text);
        }
        return days;
    }

    /** "2026-12-01", "today" or "tomorrow". */
    public static LocalDate date(String text, LocalDate today) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("today")) {
            return today;
        }
        if (t.equals("tomorrow")) {
            return today.plusDays(1);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw new InvalidInputException("'" + text.strip() + "' is not a date; use YYYY-MM-DD, today or tomorrow");
        }
    }

    /** "Mon-Fri", "Mon, Wed, Fri" or "every day", for showing a schedule. */
    public static String describe(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean contiguous = sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (contiguous && sorted.size() > 2) {
            return name(sorted.get(0)) + "-" + name(sorted.get(sorted.size() - 1));
        }
        return sorted.stream().map(TotdInput::name).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static DayOfWeek day(String text) {
        String t = text.strip();
        if (t.length() >= 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                    return d;
                }
            }
        }
        throw new InvalidInputException("'" + t + "' is not a day of the week; use mon, tue, wed, thu, fri, sat, sun");
    }

    private static InvalidInputException daysError(String text) {
        return new InvalidInputException("'" + text.strip()
                + "' is not a list of days; try daily, weekdays, mon-fri or mon,wed,fri");
    }
}
