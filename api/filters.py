import django_filters
from django.db.models import Q
from rest_framework import serializers

from quizzes.models import Card


class CardFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Card.Kind.choices)
    section = django_filters.CharFilter(lookup_expr="icontains", max_length=200)
    q = django_filters.CharFilter(method="search", max_length=200, label="Text in front, back or answer")

    class Meta:
        model = Card
        fields = ["kind", "section", "q"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(front__icontains=value) | Q(back__icontains=value) | Q(answer__icontains=value))


class CardFilterParams(serializers.Serializer):
    """The same filters, for the OpenAPI schema."""

    kind = serializers.ChoiceField(choices=Card.Kind.choices, required=False)
    section = serializers.CharField(required=False, help_text="Part of the section path")
    q = serializers.CharField(required=False, help_text="Text in front, back or answer")
    page = serializers.IntegerField(required=False, min_value=1)
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=500)


CARD_FILTERS = CardFilterParams
