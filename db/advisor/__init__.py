"""Ask the atlas: which models a use case may use under their licenses, and which policy rules bind them."""
