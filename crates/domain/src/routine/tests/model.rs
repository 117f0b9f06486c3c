use super::{rollable, routine};
use crate::routine::fit::{routine_minutes, steps_ms};
use crate::routine::model::{clean_name, muscle, valid_id};
use crate::routine::*;
use crate::settings::Settings;
use crate::zone::Zone;

#[test]
fn a_routine_needs_a_name_and_a_zone() {
    let empty = routine("r1", "   ", &[], Dose::default());
    assert_eq!(
        empty.validate(&[]),
        Err(vec![RoutineError::NoName, RoutineError::NoZones])
    );
    let ok = routine("r1", "Desk", &[Zone::UpperBack], Dose::default());
    assert_eq!(ok.validate(&[]), Ok(()));
}

#[test]
fn names_are_unique_ignoring_case_and_spaces_and_the_article_name_is_taken() {
    let mine = routine("r1", "Desk  break", &[Zone::UpperBack], Dose::default());
    let other = routine("r2", "desk break", &[Zone::QuadLeft], Dose::default());
    assert_eq!(
        other.validate(std::slice::from_ref(&mine)),
        Err(vec![RoutineError::NameTaken("desk break".into())])
    );
    // Editing a routine keeps its own name.
    assert_eq!(mine.validate(std::slice::from_ref(&mine)), Ok(()));
    let copy = routine("r3", ARTICLE_NAME, &[Zone::UpperBack], Dose::default());
    assert!(copy.validate(&[]).is_err());
    let long = routine(
        "r4",
        &"x".repeat(MAX_NAME_CHARS + 1),
        &[Zone::UpperBack],
        Dose::default(),
    );
    assert_eq!(long.validate(&[]), Err(vec![RoutineError::NameTooLong]));
}

#[test]
fn the_lower_back_and_repeats_are_refused_in_plain_words() {
    let bad = routine(
        "r1",
        "Bad",
        &[Zone::UpperBack, Zone::LowerBack, Zone::UpperBack],
        Dose::default(),
    );
    let errors = bad.validate(&[]).unwrap_err();
    assert!(errors.contains(&RoutineError::LowerBack));
    assert!(errors.contains(&RoutineError::Duplicate(Zone::UpperBack)));
    assert!(RoutineError::LowerBack.to_string().contains("never rolled"));
    assert_eq!(
        RoutineError::Duplicate(Zone::UpperBack).to_string(),
        "Upper back is in the routine twice."
    );
}

#[test]
fn ids_are_safe_in_keys_and_links() {
    assert!(valid_id("r-1795510800000-0a1b2c3d"));
    for bad in ["", "a b", "a:b", "<x>", &"a".repeat(65)] {
        assert!(!valid_id(bad), "{bad:?}");
    }
    let bad = routine("a:b", "Fine", &[Zone::UpperBack], Dose::default());
    assert_eq!(bad.validate(&[]), Err(vec![RoutineError::BadId]));
}

#[test]
fn names_are_cleaned_of_control_characters_and_extra_spaces() {
    assert_eq!(
        clean_name("  Legs\u{0}\tafter \n a  run "),
        "Legs after a run"
    );
    assert_eq!(clean_name("<b>bold</b>"), "<b>bold</b>");
}

#[test]
fn the_articles_routine_is_the_full_routine_with_the_settings_dose() {
    let s = Settings::default();
    let article = Routine::article(&s);
    assert!(article.is_article());
    assert_eq!(article.name, "Back pain: IT bands and upper back");
    assert_eq!(article.zones(), Zone::FULL_ROUTINE.to_vec());
    assert!(article
        .steps
        .iter()
        .all(|st| st.dose == Dose::from_settings(&s)));
    assert_eq!(article.validate(&[]), Ok(()));
}

#[test]
fn presets_are_valid_with_safe_doses_and_the_desk_break_fits_five_minutes() {
    let s = Settings::default();
    for preset in PRESETS {
        let r = preset.routine(format!("p-{}", preset.key));
        assert_eq!(r.validate(&[]), Ok(()), "{}", preset.name);
        for step in &r.steps {
            assert!(step.dose.is_safe(), "{}: {:?}", preset.name, step.dose);
            assert!(step.dose.roll_secs() >= MIN_ROLL_SECS);
            assert!(step.dose.roll_secs() <= MAX_ROLL_SECS);
        }
    }
    // "About 5 minutes", changes of position included: under 5 min 30 s.
    let desk = PRESETS[0].routine("d".into());
    assert!(
        steps_ms(&desk.steps, &s) < 5 * 60_000 + 30_000,
        "{}",
        steps_ms(&desk.steps, &s)
    );
    assert_eq!(routine_minutes(&desk, &s), 5);
    // The warm-up is shorter per zone than the after-run dose.
    assert!(PRESETS[2].dose.roll_secs() < PRESETS[1].dose.roll_secs());
}

#[test]
fn both_sides_of_a_muscle_share_a_muscle_name() {
    assert_eq!(muscle(Zone::ItBandLeft), "IT band");
    assert_eq!(muscle(Zone::ItBandRight), "IT band");
    assert_eq!(muscle(Zone::UpperBack), "Upper back");
    for zone in rollable() {
        assert!(!muscle(zone).is_empty());
    }
}

#[test]
fn each_sided_zone_has_its_other_side() {
    assert_eq!(other_side(Zone::ItBandLeft), Some(Zone::ItBandRight));
    assert_eq!(other_side(Zone::QuadRight), Some(Zone::QuadLeft));
    assert_eq!(other_side(Zone::UpperBack), None);
    for zone in rollable() {
        if let Some(other) = other_side(zone) {
            assert_eq!(other_side(other), Some(zone));
        }
    }
}

#[test]
fn a_record_kept_under_the_old_built_in_name_shows_the_current_one() {
    let en = crate::i18n::Catalogue::english();
    assert_eq!(
        shown_name(ARTICLE_ID, "Back pain (the article)", &en),
        ARTICLE_NAME
    );
    // A name the person gave stays as written.
    assert_eq!(shown_name("evening", "Evening", &en), "Evening");
}
