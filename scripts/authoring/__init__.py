"""Tools an editor or maintainer runs by hand through make: newsletter links, link-preview cards."""
