"""Openness rules: the Model Openness Framework classifier and the openness-grade suggestion."""
