package org.zgcparks.explorer.view.map;

import org.zgcparks.explorer.model.Park;

/**
 * A click on the map (or Enter on the map): the park it picked, {@code null} for a spot with no park; and whether
 * Ctrl (⌘ on macOS) or Shift was held, which asks to add the park to, or take it out of, a choice of several
 * (Compare) rather than select it.
 */
public record ParkClick(Park park, boolean toggle) {
}
