from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers import QuizAnswerInputSerializer, QuizAnswerResultSerializer, QuizSerializer
from api.views.common import errors, learner_of
from quizzes.selectors import quiz_summary
from quizzes.services.quizzes import quiz_answer, quiz_for


class QuizView(APIView):
    @extend_schema(responses={200: QuizSerializer, **errors(404)})
    def get(self, request, pk):
        """A quiz with your answers so far and the score."""
        session = quiz_for(learner=learner_of(request), quiz_id=pk)
        return Response(QuizSerializer(quiz_summary(session=session)).data)


class QuizAnswerView(APIView):
    @extend_schema(
        request=QuizAnswerInputSerializer, responses={200: QuizAnswerResultSerializer, **errors(400, 404, 409)}
    )
    def post(self, request, pk):
        """Answer one question; the reply says whether it was right and explains. It also counts as a review."""
        data = QuizAnswerInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        item = quiz_answer(learner=learner_of(request), quiz_id=pk, **data.validated_data)
        return Response(QuizAnswerResultSerializer(item).data)
