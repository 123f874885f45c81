from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from api.views import auth, decks, documents, index, me, quizzes, reports, study

router = SimpleRouter()
router.register("decks", decks.DeckViewSet, basename="deck")
router.register("cards", decks.CardViewSet, basename="card")

urlpatterns = [
    path("", index.ApiRootView.as_view(), name="api-root"),
    path("auth/register/", auth.RegisterView.as_view(), name="register"),
    path("auth/token/", auth.TokenView.as_view(), name="token"),
    path("ping/", auth.PingView.as_view(), name="ping"),
    path("documents/", documents.DocumentUploadView.as_view(), name="documents"),
    path("documents/imports/<int:pk>/", documents.ImportJobView.as_view(), name="import-detail"),
    path("study/due/", study.DueView.as_view(), name="study-due"),
    path("study/reviews/", study.ReviewListView.as_view(), name="review-list"),
    path("study/reviews/<int:pk>/", study.ReviewDetailView.as_view(), name="review-detail"),
    path("study/stats/", study.StatsView.as_view(), name="stats"),
    path("study/cards/<int:pk>/report/", reports.CardReportView.as_view(), name="card-report"),
    path("quizzes/<int:pk>/", quizzes.QuizView.as_view(), name="quiz-detail"),
    path("quizzes/<int:pk>/answers/", quizzes.QuizAnswerView.as_view(), name="quiz-answers"),
    path("me/", me.MeView.as_view(), name="me"),
    path("me/telegram-link/", me.TelegramLinkView.as_view(), name="telegram-link"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's init script as a file, so the CSP needs no inline scripts.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="docs"),
    *router.urls,
]
