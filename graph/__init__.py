"""diplograph's domain: extraction from text, the stored graph, and analysis. Free of HTTP and of the environment."""
