//! The Studio's page: mounts the Studio into `#studio`, nothing else.

fn main() {
    explainer_studio::mount();
}
