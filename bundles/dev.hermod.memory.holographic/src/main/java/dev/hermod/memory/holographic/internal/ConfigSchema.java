package dev.hermod.memory.holographic.internal;

/** The JSON Schema of {@link HolographicMemoryConfig}, for setup and doctor. */
final class ConfigSchema {

    private ConfigSchema() {}

    static final String JSON = """
            {"type": "object",
             "properties": {
               "db_path": {"type": "string", "default": "", "description": "SQLite file; empty for $HERMOD_HOME/holographic.db"},
               "trust_default": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5},
               "trust_helpful_delta": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.05},
               "trust_unhelpful_delta": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.10},
               "trust_threshold": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.3},
               "weight_fts": {"type": "number", "minimum": 0, "default": 0.4},
               "weight_jaccard": {"type": "number", "minimum": 0, "default": 0.3},
               "weight_hrr": {"type": "number", "minimum": 0, "default": 0.3},
               "dimension": {"type": "integer", "minimum": 64, "maximum": 8192, "default": 1024},
               "temporal_decay_days": {"type": "number", "minimum": 0, "default": 0,
                                       "description": "half-life in days; 0 for no decay"},
               "recall_limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 8}
             },
             "additionalProperties": false}""";
}
