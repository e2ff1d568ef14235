//! Editing a person: renaming an id renames every quote's speaker and every
//! tracker item's party that named it.

use super::{PersonField, Studio};

impl Studio {
    pub(super) fn edit_person(&mut self, index: usize, field: PersonField, value: String) {
        let Some(explainer) = self.explainer_mut() else {
            return;
        };
        let Some(person) = explainer.people.get_mut(index) else {
            return;
        };
        match field {
            PersonField::Id => {
                let old = std::mem::replace(&mut person.id, value.clone());
                for quote in explainer.quotes.iter_mut().filter(|q| q.speaker == old) {
                    quote.speaker = value.clone();
                }
                for party in explainer.tracker.iter_mut().flat_map(|d| &mut d.parties) {
                    if *party == old {
                        *party = value.clone();
                    }
                }
            }
            PersonField::Name => person.name = value,
            PersonField::Role => person.role = value,
        }
    }
}
