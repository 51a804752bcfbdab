//! The PNG picture: the SVG of [`super::svg`] rasterised by `resvg` at twice
//! its size, so exported pictures are sharp on high-density screens.
//!
//! Text needs fonts, and a headless machine may have none: the Ubuntu Light
//! and Hack faces that egui ships (`epaint_default_fonts`) are loaded into
//! the font database and Ubuntu is made the `sans-serif` family, so labels
//! look the same as in the window on any machine. System fonts are loaded
//! too, as fallbacks for scripts Ubuntu does not cover. The database is
//! built once per process (loading system fonts scans the disk).

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use super::{ExportError, Shown};

/// Pixels per SVG unit.
pub const SCALE: f32 = 2.0;

/// The largest picture produced, in pixels (width times height): 16k x 16k
/// at most, about 1 GB of RGBA while rendering.
pub const MAX_PIXELS: u64 = 16_384 * 16_384;

pub(crate) fn to_png(shown: &Shown<'_>, positions: &[[f32; 2]]) -> Result<Vec<u8>, ExportError> {
    let svg = super::svg::to_svg(shown, positions)?;
    png_from_svg(&svg)
}

/// Rasterises any SVG at [`SCALE`] (less when that would pass
/// [`MAX_PIXELS`]).
pub fn png_from_svg(svg: &[u8]) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        fontdb: fonts(),
        font_family: "Ubuntu".to_owned(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_data(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size();
    let area = f64::from(size.width()) * f64::from(size.height());
    let scale = SCALE.min((MAX_PIXELS as f64 / area.max(1.0)).sqrt() as f32);
    let width_px = (size.width() * scale).ceil() as u32;
    let height_px = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width_px, height_px).ok_or(ExportError::TooLarge {
        width_px,
        height_px,
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}

fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut database = usvg::fontdb::Database::new();
            database.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
            database.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
            let ubuntu = database
                .faces()
                .flat_map(|face| face.families.iter())
                .map(|(name, _)| name.clone())
                .find(|name| name.starts_with("Ubuntu"))
                .unwrap_or_else(|| "Ubuntu".to_owned());
            database.load_system_fonts();
            database.set_sans_serif_family(ubuntu);
            database.set_monospace_family("Hack");
            Arc::new(database)
        })
        .clone()
}
