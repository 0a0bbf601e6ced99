"""Importers for public catalogs (Model Openness Tool, Open Source AI Index, Epoch AI, Hugging Face, FMTI, SPDX)."""
