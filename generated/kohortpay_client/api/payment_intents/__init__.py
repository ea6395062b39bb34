# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""Contains endpoint functions for accessing the API"""
