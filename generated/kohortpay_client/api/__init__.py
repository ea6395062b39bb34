# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""Contains methods for accessing the API"""
