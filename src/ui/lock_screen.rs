//! The session on the lock screen and in the notification shade: the step, the pass or
//! the hold, and the system's play/pause, next and previous buttons as `Resume`/`Pause`,
//! `Next` and `Back` ([`media_session`]). Renders nothing.
//!
//! Where the system shows these controls only while media plays (iOS, Chromium on
//! Android), a quiet track plays while the session runs, but only with `Cues over silent
//! mode`: playing media takes the speaker as a player does and pauses the person's
//! music, which that setting already says and the default never does.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::content::card_text_in;
use crate::domain::cues::now_playing::now_playing_detail;
use crate::domain::session::Event;
use crate::platform::activation;
use crate::platform::media_session::{self, Button, NowPlaying, QuietTrack};
use crate::ui::i18n::with_catalogue;
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// Keeps the system's controls in step with the session while the app is mounted.
pub fn use_lock_screen(store: Store) {
    if !media_session::is_available() {
        return;
    }
    // Looked at every tick, but cheap: which card, the line under it (a key and numbers),
    // and whether it runs. The words are made only when that changes.
    let shown = Memo::new(move |_| {
        let now = store.now.get();
        store.session.with(|s| {
            let session = s.as_ref().filter(|x| !x.is_finished())?;
            let detail = now_playing_detail(session, now)?;
            Some((session.card(), detail, !session.is_paused()))
        })
    });
    let now_playing = Memo::new(move |_| {
        let (card, detail, playing) = shown.get()?;
        Some(store.state.with(|s| {
            with_catalogue(|c| NowPlaying {
                title: card_text_in(card, &s.settings, c).title,
                detail: detail.render(c),
                app: "Unknot".to_owned(),
                playing,
            })
        }))
    });
    effect(move |_| match now_playing.get() {
        Some(now) => media_session::show(&now, move |button| press(store, button)),
        None => media_session::clear(),
    });

    let wanted = store.select(|s| {
        let cues = s.settings.cues;
        cues.sound
            && cues.over_silent_mode
            && s.session
                .as_ref()
                .is_some_and(|x| !x.is_finished() && !x.is_paused())
    });
    let track = StoredValue::new_local(None::<QuietTrack>);
    let play = move || {
        track.update_value(|t| {
            if t.is_none() {
                *t = QuietTrack::new();
            }
            if let Some(t) = t {
                t.play();
            }
        })
    };
    effect(move |_| {
        if wanted.get() {
            play();
        } else {
            track.with_value(|t| t.as_ref().map(QuietTrack::pause));
        }
    });
    // A browser may refuse to play before a tap: the next tap starts the track.
    let gestures = activation::on_gestures(move || {
        if wanted.get_untracked() {
            play();
        }
    });
    on_cleanup(move || {
        for handle in gestures {
            handle.remove();
        }
        media_session::clear();
    });
}

/// What a system button does in the player.
fn press(store: Store, button: Button) {
    store.send(|now| {
        Action::Session(match button {
            Button::Play => Event::Resume { now },
            Button::Pause => Event::Pause { now },
            Button::Next => Event::Next { now },
            Button::Previous => Event::Back { now },
        })
    });
}
