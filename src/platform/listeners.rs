//! Callbacks that want to hear about a page-wide change (an install prompt arriving, a
//! wake lock refused): each registered under an id, so a component can stop listening
//! when it goes away.

use std::rc::Rc;

/// The registered callbacks, in the order they came.
#[derive(Default)]
pub(crate) struct Listeners {
    list: Vec<(u32, Rc<dyn Fn()>)>,
    next_id: u32,
}

impl Listeners {
    /// Registers `callback`; the id is for [`Listeners::remove`].
    pub(crate) fn add(&mut self, callback: impl Fn() + 'static) -> u32 {
        self.next_id += 1;
        self.list.push((self.next_id, Rc::new(callback)));
        self.next_id
    }

    /// Forgets the callback registered under `id` (an unknown id changes nothing).
    pub(crate) fn remove(&mut self, id: u32) {
        self.list.retain(|(i, _)| *i != id);
    }

    /// The callbacks to call, copied out: call them after letting go of any borrow of the
    /// state holding this list, so a callback may add or remove listeners itself.
    pub(crate) fn to_call(&self) -> Vec<Rc<dyn Fn()>> {
        self.list.iter().map(|(_, l)| l.clone()).collect()
    }
}

/// Calls each callback once, in order.
pub(crate) fn call_all(callbacks: Vec<Rc<dyn Fn()>>) {
    for callback in callbacks {
        callback();
    }
}
