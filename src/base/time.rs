//! RFC 3339 timestamps, compared as instants.
//!
//! No clock is ever read: every time value comes from a document or an
//! explicit argument (`--decided-at`).

/// Seconds since the Unix epoch (with nanoseconds), for ordering only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    seconds: i64,
    nanos: u32,
}

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` (`t`/`z` accepted too).
///
/// A leap second (`:60`) is refused: it names an instant no POSIX clock
/// represents, and reading it as `:59` (or as the next minute) would let a
/// decision fall on either side of an expiry. An input that cannot be read
/// as an instant is never valid, so a validity window can never be extended
/// by one.
pub fn parse(s: &str) -> Option<Instant> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = s.get(from..from + len)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (i64::from(num(0, 4)?), num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let month_days = [
        31,
        if is_leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&month)
        || day == 0
        || day > month_days[month as usize - 1]
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let digits = &s[start..i];
        if digits.is_empty() {
            return None;
        }
        let padded: String = digits
            .chars()
            .chain(std::iter::repeat('0'))
            .take(9)
            .collect();
        nanos = padded.parse().ok()?;
    }
    let offset = match &s[i..] {
        "Z" | "z" => 0i64,
        rest if rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':' =>
        {
            let h = i64::from(num(i + 1, 2)?);
            let m = i64::from(num(i + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (h * 3600 + m * 60)
        }
        _ => return None,
    };
    let seconds = days_from_civil(year, month, day) * 86_400
        + i64::from(hour) * 3600
        + i64::from(minute) * 60
        + i64::from(second)
        - offset;
    Some(Instant { seconds, nanos })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_compare_across_offsets() {
        let utc = parse("2026-05-04T12:51:00Z").unwrap();
        assert_eq!(parse("2026-05-04T14:51:00+02:00"), Some(utc));
        assert_eq!(parse("2026-05-04T12:51:00.000z"), Some(utc));
        assert!(parse("2026-05-04T12:51:00.5Z").unwrap() > utc);
        assert!(parse("2026-05-04T13:50:00Z").unwrap() > utc);
        assert_eq!(parse("1970-01-01T00:00:00Z").unwrap().seconds, 0);
        assert_eq!(parse("2000-03-01T00:00:00Z").unwrap().seconds, 951_868_800);
    }

    #[test]
    fn malformed_timestamps_are_refused() {
        for bad in [
            "2026-05-04",
            "2026-05-04 12:51:00Z",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-05-04T12:51:00",
            "2026-05-04T12:51:00+2:00",
            "2026-05-04T12:51:00.Z",
            "2026-05-12T20:59:60Z",
            "2016-12-31T23:59:60Z",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(parse("2024-02-29T00:00:00Z").is_some());
    }
}
