package nl.selam.bot.console.admin;

import nl.selam.bot.system.InvalidRequestException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The municipality's office hours: per weekday one opening period, or closed. Rendered into answers in the answer's
 * own language, short ("ma–vr 09:00–17:00, za 10:00–12:00"); consecutive days with the same hours become one range.
 */
final class OfficeHours {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, List<String>> DAYS = Map.of(
            "nl", List.of("ma", "di", "wo", "do", "vr", "za", "zo"),
            "en", List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            "ar", List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
            "ti", List.of("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"));
    private static final Map<String, String> SEPARATOR = Map.of("ar", "، ", "ti", "፣ ");

    /** One opening period of a day. */
    record Slot(LocalTime open, LocalTime close) {

        Slot {
            Objects.requireNonNull(open);
            Objects.requireNonNull(close);
            if (!open.isBefore(close)) {
                throw new InvalidRequestException("opening time must be before closing time", "error.admin.hoursOrder");
            }
        }

        @Override
        public String toString() {
            return HH_MM.format(open) + "–" + HH_MM.format(close);
        }
    }

    private final Slot[] days; // Monday..Sunday; null = closed

    private OfficeHours(Slot[] days) {
        this.days = days;
    }

    /** From seven slots, Monday first; a null slot is a closed day. */
    static OfficeHours of(List<Slot> mondayToSunday) {
        if (mondayToSunday.size() != 7) {
            throw new IllegalArgumentException("seven days");
        }
        return new OfficeHours(mondayToSunday.toArray(new Slot[7]));
    }

    /** From the stored form: seven slots separated by '|', each "HH:MM-HH:MM" or empty. */
    static OfficeHours parse(String stored) {
        String[] parts = stored.split("\\|", -1);
        if (parts.length != 7) {
            throw new IllegalArgumentException("seven day slots expected");
        }
        Slot[] days = new Slot[7];
        for (int i = 0; i < 7; i++) {
            String part = parts[i].strip();
            if (!part.isEmpty()) {
                String[] times = part.split("-");
                days[i] = new Slot(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
            }
        }
        return new OfficeHours(days);
    }

    /** A day's slot from the form's two time fields (both empty = closed). */
    static Slot slot(String day, String open, String close) {
        boolean noOpen = open == null || open.isBlank();
        boolean noClose = close == null || close.isBlank();
        if (noOpen && noClose) {
            return null;
        }
        if (noOpen || noClose) {
            throw new InvalidRequestException(day + ": fill in both times, or neither for closed",
                    "error.admin.hoursBoth", day);
        }
        try {
            return new Slot(LocalTime.parse(open.strip()), LocalTime.parse(close.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(day + ": a time is written as 09:00", "error.admin.hoursFormat", day);
        }
    }

    String stored() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (i > 0) {
                out.append('|');
            }
            if (days[i] != null) {
                out.append(HH_MM.format(days[i].open())).append('-').append(HH_MM.format(days[i].close()));
            }
        }
        return out.toString();
    }

    boolean anyOpen() {
        return Arrays.stream(days).anyMatch(Objects::nonNull);
    }

    Slot on(DayOfWeek day) {
        return days[day.getValue() - 1];
    }

    /** The hours in this language (nl, en, ar, ti; any other gets English), e.g. "ma–vr 09:00–17:00". */
    String render(String language) {
        List<String> names = DAYS.getOrDefault(language, DAYS.get("en"));
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < 7) {
            if (days[i] == null) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < 7 && days[i].equals(days[end + 1])) {
                end++;
            }
            String range = end == i ? names.get(i) : names.get(i) + "–" + names.get(end);
            groups.add(range + " " + days[i]);
            i = end + 1;
        }
        return String.join(SEPARATOR.getOrDefault(language, ", "), groups);
    }
}
